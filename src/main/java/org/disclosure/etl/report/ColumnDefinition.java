package org.disclosure.etl.report;

/** One column of a codebook row. {@code change} columns are the only ones that may be negative. */
public record ColumnDefinition(String code, String label, Unit unit) {

    public boolean money() {
        return unit == Unit.YUAN;
    }

    public boolean signed() {
        return code.equals("change");
    }
}
