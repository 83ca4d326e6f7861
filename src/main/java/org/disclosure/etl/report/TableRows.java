package org.disclosure.etl.report;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.etl.document.Table;

/**
 * Splits each row of a real table into its label (the leading text cells, parents included) and the
 * cells after it. Rows with no printed number are also header text: the context of the rows below
 * them (where a unit such as 万元 is stated); rows with words spread over blank cells are headers only.
 */
public final class TableRows {

    private TableRows() {
    }

    public static List<SourceRow> of(Table table) {
        List<SourceRow> rows = new ArrayList<>();
        String context = "";
        boolean inHeader = false;
        for (int index = 0; index < table.rows().size(); index++) {
            List<String> cells = table.rows().get(index);
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
                rows.add(new SourceRow(label, context, values).readBy(table.method(), table.place(index)));
            }
        }
        return rows;
    }

    /** A label cell holds words (two Han characters besides 万元 and 元); a number cell at most a unit or 无. */
    static boolean isText(String cell) {
        int han = 0;
        int i = 0;
        while (i < cell.length()) {
            if (cell.startsWith("万元", i)) {
                i += 2;
                continue;
            }
            int cp = cell.codePointAt(i);
            i += Character.charCount(cp);
            if (cp != '元' && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && ++han >= 2) {
                return true;
            }
        }
        return false;
    }

    private static String joined(List<String> cells) {
        return String.join("", cells.stream().map(String::strip).toList());
    }
}
