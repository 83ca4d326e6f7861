package org.disclosure.etl.warehouse;

/**
 * A report's place in the pipeline; loaded, partial, failed and duplicate are the statuses of
 * reports.csv. A superseded report is an earlier version of a file changed at its path: kept as
 * history, out of the extracts.
 */
public enum ReportStatus {
    PENDING, READ, LOADED, PARTIAL, FAILED, DUPLICATE, SUPERSEDED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
