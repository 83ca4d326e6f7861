package org.disclosure.etl.report;

/**
 * A table row that was not loaded, and why.
 *
 * @param tableCode the codebook table the row was recognized in, or the section's table when it is one
 * @param rowCode   the codebook row it was recognized as, or empty
 */
public record SkippedRow(SourceRow row, String tableCode, String rowCode, SkipReason reason, String message) {

    /** The row's printed label, or its code when it was printed without one. */
    public String label() {
        return row.label().isEmpty() ? rowCode : row.label();
    }
}
