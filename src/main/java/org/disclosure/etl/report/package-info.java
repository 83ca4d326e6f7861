/**
 * A document read as a report: its six {@link org.disclosure.etl.report.Section}s located, its title,
 * year, issuer and place, its template, and each table's rows mapped to facts by the codebook, rows
 * that cannot be read with certainty skipped with a reason. Plain Java; depends on {@code document}
 * (and its readers, to read a file) and {@code jurisdiction}.
 */
package org.disclosure.etl.report;
