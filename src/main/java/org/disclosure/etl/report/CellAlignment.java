package org.disclosure.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Assigns the cells after a row's label to the table's columns. Exported tables pad rows with empty
 * cells at either end, so a row may hold more or fewer cells than columns. Every placement of the
 * printed cells that the padding allows is tried; the row is read only when all of them give the
 * same numbers, and skipped otherwise: a number is never shifted into a column it may not belong to.
 */
public final class CellAlignment {

    public sealed interface Result permits Aligned, Misaligned {
    }

    /** Exactly one cell per column. */
    public record Aligned(List<String> cells) implements Result {
    }

    public record Misaligned(SkipReason reason, String message) implements Result {
    }

    private CellAlignment() {
    }

    public static Result align(List<String> cells, int columns) {
        List<Object> keys = cells.stream().map(CellAlignment::key).toList();
        int first = -1;
        int last = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (!isPadding(cells.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return cells.size() >= columns
                    ? new Aligned(cells.subList(0, columns))
                    : missing(cells.size(), columns);
        }
        int core = last - first + 1;
        if (core > columns) {
            int extra = core - columns;
            for (int i = first; i < first + columns; i++) {
                for (int k = 1; k <= extra; k++) {
                    if (!Objects.equals(keys.get(i), keys.get(i + k))) {
                        return new Misaligned(SkipReason.EXTRA_CELLS,
                                core + " cells for " + columns + " columns");
                    }
                }
            }
            return new Aligned(cells.subList(first, first + columns));
        }
        if (cells.size() < columns) {
            return missing(cells.size(), columns);
        }
        int from = Math.max(0, last - columns + 1);
        int to = Math.min(first, cells.size() - columns);
        for (int i = 0; i < columns; i++) {
            for (int s = from + 1; s <= to; s++) {
                if (!Objects.equals(keys.get(from + i), keys.get(s + i))) {
                    return new Misaligned(SkipReason.MISSING_CELLS, core + " printed cells for " + columns
                            + " columns; the blank cells at the row's ends cannot be placed");
                }
            }
        }
        return new Aligned(new ArrayList<>(cells.subList(from, from + columns)));
    }

    private static Misaligned missing(int found, int columns) {
        return new Misaligned(SkipReason.MISSING_CELLS, found + " cells for " + columns + " columns");
    }

    /** Cells compare by the number they stand for (a blank is 0); an unreadable cell by its text. */
    private static Object key(String cell) {
        return NumberCell.parse(cell)
                .<Object>map(n -> n.value().stripTrailingZeros().toPlainString() + "|" + n.scale())
                .orElse("?" + cell.strip());
    }

    /** An empty cell may be padding; a printed 0, - or 无 is a cell of the table. */
    private static boolean isPadding(String cell) {
        return cell.isBlank();
    }
}
