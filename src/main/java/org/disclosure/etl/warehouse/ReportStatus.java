package org.disclosure.etl.warehouse;

/** A report's place in the pipeline; the last four are the statuses of reports.csv. */
public enum ReportStatus {
    PENDING, READ, LOADED, PARTIAL, FAILED, DUPLICATE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
