package org.disclosure.etl.report;

/** Why a table row or section was not loaded; the codes of skips.csv. */
public enum SkipReason {
    MISSING_CELLS,
    EXTRA_CELLS,
    UNPARSEABLE_NUMBER,
    NEGATIVE_VALUE,
    UNKNOWN_ROW,
    DUPLICATE_ROW,
    SECTION_NOT_FOUND,
    /** A row rebuilt from converted text (pdftotext, Markdown) whose arithmetic does not hold: the order of its numbers is not to be trusted. */
    TEXT_UNVERIFIED,
    /** A row read by OCR that the table's own arithmetic does not confirm (or, in section 2, read at low confidence). */
    OCR_UNVERIFIED,
    /** The section's rows printed do not equal its rows loaded plus rows skipped: a row was lost in mapping. */
    ROWS_UNACCOUNTED
}
