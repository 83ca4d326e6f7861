package org.disclosure.etl.report;

/** A row that cannot be read with certainty: it is skipped and logged, never guessed. */
public class RowSkipException extends Exception {

    private final SkipReason reason;

    public RowSkipException(SkipReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public SkipReason reason() {
        return reason;
    }
}
