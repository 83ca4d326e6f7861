package org.disclosure.etl.extract;

import java.util.HashMap;
import java.util.Map;
import org.disclosure.etl.report.Codebook;

/** Ranks rows and cells as the codebook lists them, which is the order the tables print them. */
final class CodebookOrder {

    private final Map<String, Map<String, Integer>> rows = new HashMap<>();
    private final Codebook codebook;

    CodebookOrder(Codebook codebook) {
        this.codebook = codebook;
        int rowRank = 0;
        for (String[] e : codebook.entries()) {
            if (rows.computeIfAbsent(e[2], k -> new HashMap<>()).putIfAbsent(e[4], rowRank) == null) {
                rowRank++;
            }
        }
    }

    int row(String table, String row) {
        return rows.getOrDefault(table, Map.of()).getOrDefault(row, Integer.MAX_VALUE);
    }

    int cell(String table, String row, String column) {
        int number = codebook.cellNumber(table, row, column);
        return number < 0 ? Integer.MAX_VALUE : number;
    }
}
