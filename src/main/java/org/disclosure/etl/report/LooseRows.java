package org.disclosure.etl.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rebuilds table rows from lines of text that lost their table structure (text extracted from PDF):
 * a line ending in numbers separated by spaces is a row; lines of text before a line of numbers
 * alone are that row's label, broken over several lines.
 */
public final class LooseRows {

    private LooseRows() {
    }

    public static List<SourceRow> of(List<String> lines) {
        List<SourceRow> rows = new ArrayList<>();
        StringBuilder fragments = new StringBuilder();
        String context = "";
        for (String line : lines) {
            List<String> tokens = tokens(line);
            int firstValue = tokens.size();
            while (firstValue > 0 && isValue(tokens.get(firstValue - 1))) {
                firstValue--;
            }
            if (firstValue == tokens.size()) {
                fragments.append(line.strip());
                continue;
            }
            String own = String.join("", tokens.subList(0, firstValue));
            if (fragments.length() > 0) {
                context = fragments.toString();
            }
            rows.add(new SourceRow(own.isEmpty() ? fragments.toString() : own, context,
                    tokens.subList(firstValue, tokens.size())));
            fragments.setLength(0);
        }
        return rows;
    }

    /** Space-separated tokens, a unit token (万元, 元) joined to the number before it. */
    static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        for (String t : Arrays.asList(line.strip().split("[\\s\\u3000]+"))) {
            if ((t.equals("万元") || t.equals("元")) && !tokens.isEmpty()) {
                tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + t);
            } else if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    private static boolean isValue(String token) {
        return NumberCell.parse(token).isPresent();
    }
}
