package org.disclosure.etl.warehouse;

/** A registered file waiting for the read step, with the hash its bytes had when it was registered. */
public record PendingReport(String reportId, String sourceFile, String format, String sha256) {
}
