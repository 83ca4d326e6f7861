package org.disclosure.etl.report;

/** A row that cannot be read with certainty: it is skipped and logged, never guessed. */
public class RowSkipException extends Exception {

    private final SkipReason reason;
    private final RowDefinition row;

    public RowSkipException(SkipReason reason, String message) {
        this(reason, message, null);
    }

    public RowSkipException(SkipReason reason, String message, RowDefinition row) {
        super(message);
        this.reason = reason;
        this.row = row;
    }

    public SkipReason reason() {
        return reason;
    }

    /** The codebook row the skipped row was recognized as, or null. */
    public RowDefinition row() {
        return row;
    }
}
