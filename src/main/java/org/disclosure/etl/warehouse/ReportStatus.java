package org.disclosure.etl.warehouse;

/**
 * A report's place in the pipeline; loaded, partial, failed and duplicate are the statuses of
 * reports.csv. A superseded report is an earlier version of a file changed at its path: kept as
 * history, out of the extracts.
 */
public enum ReportStatus {
    PENDING, READ, LOADED, PARTIAL, FAILED, DUPLICATE, SUPERSEDED,
    /** A new version of a path that failed while an earlier one holds a report: the report stays current. */
    SET_ASIDE;

    /** The settled statuses a path's current version can have, as an SQL list. */
    public static final String SETTLED_SQL = "('loaded', 'partial', 'failed', 'duplicate')";

    public static ReportStatus of(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }

    /** Whether facts of this version stand in the warehouse. */
    public boolean holdsReport() {
        return this == LOADED || this == PARTIAL;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
