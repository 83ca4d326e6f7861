package org.disclosure.etl.warehouse;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A report's place in the pipeline, and the sets of statuses the warehouse's queries ask for, named
 * once here. Loaded, partial, failed and duplicate are the statuses of reports.csv. A superseded
 * report is an earlier version of a file changed at its path: kept as history, out of the extracts.
 */
public enum ReportStatus {
    PENDING, READ,
    /** Every section found, no row skipped. */
    LOADED,
    /** Facts loaded, but a section missing or rows skipped. */
    PARTIAL,
    /** Not one number could be read, or the file could not be read at all. */
    FAILED, DUPLICATE, SUPERSEDED,
    /** A new version of a path that failed while an earlier one holds a report: the report stays current. */
    SET_ASIDE;

    /** The settled statuses a path's current version can have: the reports the extracts list. */
    public static final Set<ReportStatus> SETTLED = EnumSet.of(LOADED, PARTIAL, FAILED, DUPLICATE);
    /** Reports whose facts stand: the facts, checks and wide views come from these. */
    public static final Set<ReportStatus> HOLDING_FACTS = EnumSet.of(LOADED, PARTIAL);
    /** Reports the published site counts: a duplicate is its original, counted once. */
    public static final Set<ReportStatus> PUBLISHED = EnumSet.of(LOADED, PARTIAL, FAILED);
    /** Files a run could not take in: failed, or a new version set aside. */
    public static final Set<ReportStatus> NOT_TAKEN = EnumSet.of(FAILED, SET_ASIDE);

    public static ReportStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** A set of statuses as an SQL list, {@code ('loaded', 'partial')}. */
    public static String sql(Set<ReportStatus> statuses) {
        return statuses.stream().map(s -> "'" + s.code() + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    /** Whether facts of this version stand in the warehouse. */
    public boolean holdsReport() {
        return HOLDING_FACTS.contains(this);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
