/**
 * Operators' corrections: the template of cells the run could not read, the correction files
 * operators fill from it, and how a report's corrections complete its skipped rows (or are confirmed,
 * in conflict, pending, stale or rejected). Plain Java; depends on {@code report}, {@code document} and opencsv.
 */
package org.disclosure.etl.correction;
