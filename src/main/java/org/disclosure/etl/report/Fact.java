package org.disclosure.etl.report;

import java.math.BigDecimal;
import org.disclosure.etl.document.PrintedPlace;
import org.disclosure.etl.document.ReadMethod;

/**
 * One number of a statistical table, with its codes; {@code raw} is the cell as printed, {@code method}
 * how it was read and {@code place} where its row was printed (null where not known).
 */
public record Fact(int section, String tableCode, String rowCode, String columnCode,
                   BigDecimal value, Unit unit, String raw, ReadMethod method, PrintedPlace place) {

    public Fact(int section, String tableCode, String rowCode, String columnCode, BigDecimal value, Unit unit, String raw) {
        this(section, tableCode, rowCode, columnCode, value, unit, raw, ReadMethod.TABLE, null);
    }

    /** This number as read from {@code row}. */
    Fact readFrom(SourceRow row) {
        return new Fact(section, tableCode, rowCode, columnCode, value, unit, raw, row.method(), row.place());
    }

    /** A number as the extracts and pages print it: no trailing zeros, no exponent, 0 for zero, empty for none. */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
