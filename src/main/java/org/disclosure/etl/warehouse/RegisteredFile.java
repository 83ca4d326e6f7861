package org.disclosure.etl.warehouse;

/** An inbox file as discover registers it. {@code error} is set for duplicates and unsupported formats. */
public record RegisteredFile(String reportId, String sourceFile, String sha256, String format,
                             ReportStatus status, String error) {
}
