package org.disclosure.etl.report;

/** Why a table row or section was not loaded; the codes of skips.csv. */
public enum SkipReason {
    MISSING_CELLS,
    EXTRA_CELLS,
    UNPARSEABLE_NUMBER,
    NEGATIVE_VALUE,
    UNKNOWN_ROW,
    DUPLICATE_ROW,
    SECTION_NOT_FOUND
}
