package org.disclosure.etl.check;

import java.math.BigDecimal;

/** A failed consistency check: where, and the two sides of the equation that does not hold. */
public record CheckFailure(String rule, String rowCode, String columnCode,
                           BigDecimal expected, BigDecimal actual, String message) {
}
