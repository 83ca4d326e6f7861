package org.disclosure.etl.report;

import java.math.BigDecimal;

/** One number of a statistical table, with its codes; {@code raw} is the cell as printed. */
public record Fact(int section, String tableCode, String rowCode, String columnCode,
                   BigDecimal value, Unit unit, String raw) {
}
