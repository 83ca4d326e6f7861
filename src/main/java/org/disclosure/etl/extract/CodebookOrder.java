package org.disclosure.etl.extract;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.disclosure.etl.report.Codebook;

/** Sorts rows and columns as the codebook lists them, which is the order the tables print them. */
final class CodebookOrder {

    private final Map<String, Integer> rows = new HashMap<>();
    private final Map<String, Integer> cells = new HashMap<>();

    CodebookOrder(Codebook codebook) {
        for (String[] e : codebook.entries()) {
            rows.putIfAbsent(e[2] + "|" + e[4], rows.size());
            cells.putIfAbsent(e[2] + "|" + e[4] + "|" + e[6], cells.size());
        }
    }

    int row(String table, String row) {
        return rows.getOrDefault(table + "|" + row, Integer.MAX_VALUE);
    }

    int cell(String table, String row, String column) {
        return cells.getOrDefault(table + "|" + row + "|" + column, Integer.MAX_VALUE);
    }

    <T> Comparator<T> byCell(java.util.function.Function<T, String[]> codes) {
        return Comparator.comparingInt(t -> {
            String[] c = codes.apply(t);
            return cell(c[0], c[1], c[2]);
        });
    }
}
