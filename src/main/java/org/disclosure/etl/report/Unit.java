package org.disclosure.etl.report;

/** The unit of a fact's value, as written to facts.csv. */
public enum Unit {
    COUNT("count"),
    YUAN("yuan"),
    /** A money cell whose unit the report does not state; the value is as printed. */
    UNKNOWN("unknown");

    private final String code;

    Unit(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Unit ofCode(String code) {
        for (Unit u : values()) {
            if (u.code.equals(code)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown unit " + code);
    }
}
