package org.disclosure.etl.correction;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.disclosure.etl.report.ColumnDefinition;

/**
 * The number an operator typed into a cell, in the codebook's unit (a count, or yuan), or why it is not
 * one: a count is a whole number, negative only in a column of changes; an amount is not negative.
 * Thousands separators and surrounding spaces are allowed, nothing else (no 万, no formulas).
 */
public final class CorrectedValue {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CorrectedValue() {
    }

    /** A value, or the reason it is none. */
    public sealed interface Reading permits Number, Refused {
    }

    public record Number(BigDecimal value) implements Reading {
    }

    public record Refused(String reason) implements Reading {
    }

    public static Reading read(String typed, ColumnDefinition column) {
        // a leading apostrophe is how the extracts keep a spreadsheet from reading -72 as a formula
        String text = typed.strip().replaceFirst("^'", "").replace(",", "").replace("，", "");
        if (!NUMBER.matcher(text).matches()) {
            return new Refused("'" + typed.strip() + "' is not a number");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.signum() < 0 && (column.money() || !column.signed())) {
            return new Refused("'" + typed.strip() + "' is negative, and " + column.code() + " cannot be");
        }
        if (!column.money() && value.stripTrailingZeros().scale() > 0) {
            return new Refused("'" + typed.strip() + "' is not a whole count");
        }
        BigDecimal plain = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return new Number(plain.scale() < 0 ? plain.setScale(0) : plain);
    }
}
