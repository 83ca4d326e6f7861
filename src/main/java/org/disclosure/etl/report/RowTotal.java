package org.disclosure.etl.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A row's numbers whose last is printed as the total of the others (section 3's six applicant
 * columns, each section 4 group's four results), as rows rebuilt from text or read by OCR are checked.
 */
record RowTotal(List<BigDecimal> values) {

    /** The row's numbers, or empty where a cell is not a number. */
    static Optional<RowTotal> of(List<String> cells) {
        List<BigDecimal> values = new ArrayList<>();
        for (String cell : cells) {
            Optional<NumberCell> number = NumberCell.parse(cell);
            if (number.isEmpty()) {
                return Optional.empty();
            }
            values.add(number.get().value());
        }
        return Optional.of(new RowTotal(values));
    }

    BigDecimal total() {
        return values.get(values.size() - 1);
    }

    /** The sum of the numbers before the total. */
    BigDecimal sum() {
        return values.subList(0, values.size() - 1).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    boolean addsUp() {
        return sum().compareTo(total()) == 0;
    }

    /** How many of the numbers before the total are not zero: with one, the total only repeats it. */
    long nonZeroParts() {
        return values.subList(0, values.size() - 1).stream().filter(v -> v.signum() != 0).count();
    }
}
