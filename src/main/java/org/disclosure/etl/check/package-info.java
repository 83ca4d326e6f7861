/**
 * The equations a report's own tables must satisfy ({@link org.disclosure.etl.check.TemplateRules}):
 * sums of codebook rows or columns, as data. Plain Java over a report's facts; depends only on
 * {@code report}.
 */
package org.disclosure.etl.check;
