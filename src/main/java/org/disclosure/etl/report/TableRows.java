package org.disclosure.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosure.etl.document.Table;

/**
 * Splits each row of a real table into its label (the leading text cells, parents included) and the
 * cells after it. Rows with no printed number are also header text: the context of the rows below
 * them (where a unit such as 万元 is stated); rows with words spread over blank cells are headers only.
 */
public final class TableRows {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern MONEY_UNIT = Pattern.compile("万元|元");

    private TableRows() {
    }

    public static List<SourceRow> of(Table table) {
        List<SourceRow> rows = new ArrayList<>();
        String context = "";
        boolean inHeader = false;
        for (List<String> cells : table.rows()) {
            int firstText = -1;
            int lastText = -1;
            for (int i = 0; i < cells.size(); i++) {
                if (isText(cells.get(i))) {
                    firstText = firstText < 0 ? i : firstText;
                    lastText = i;
                }
            }
            List<String> values = cells.subList(lastText + 1, cells.size());
            String label = joined(cells.subList(0, lastText + 1));
            boolean nothingPrinted = values.stream().allMatch(String::isBlank);
            if (nothingPrinted) {
                context = inHeader ? context + " " + label : label;
                inHeader = true;
            } else {
                inHeader = false;
            }
            // Blank cells between label cells are a spanning header's padding, not a data row.
            boolean spanningHeader = firstText >= 0
                    && cells.subList(firstText, lastText + 1).stream().anyMatch(String::isBlank);
            if (!values.isEmpty() && !spanningHeader) {
                rows.add(new SourceRow(label, context, values));
            }
        }
        return rows;
    }

    /** A label cell holds words; a number cell at most a unit or 无. */
    static boolean isText(String cell) {
        return HAN.matcher(MONEY_UNIT.matcher(cell).replaceAll("")).results().count() >= 2;
    }

    private static String joined(List<String> cells) {
        return String.join("", cells.stream().map(String::strip).toList());
    }
}
