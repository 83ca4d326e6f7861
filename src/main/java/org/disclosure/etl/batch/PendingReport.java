package org.disclosure.etl.batch;

/** A registered file waiting for the read step. */
public record PendingReport(String reportId, String sourceFile, String format) {
}
