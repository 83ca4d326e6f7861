package org.disclosure.etl.report;

import java.math.BigDecimal;

/** One number of a statistical table, with its codes; {@code raw} is the cell as printed. */
public record Fact(int section, String tableCode, String rowCode, String columnCode,
                   BigDecimal value, Unit unit, String raw) {

    /** A number as the extracts and pages print it: no trailing zeros, no exponent, 0 for zero, empty for none. */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
