package org.disclosure.etl.bench.synthetic;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.disclosure.etl.report.Section;

/**
 * Writes a known report as harvesters save a Word document's text: paragraphs as lines, a table row
 * as one line of tab-separated cells; a merged cell's text once, the rows it spans below left blank.
 */
public final class SyntheticText {

    private SyntheticText() {
    }

    public static byte[] write(KnownReport report) {
        StringBuilder text = new StringBuilder(report.title()).append("\n\n");
        List<PrintedTable> tables = PrintedTable.all(report);
        for (int s = 1; s <= 6; s++) {
            text.append(Section.of(s).heading()).append('\n');
            if (s >= 2 && s <= 4) {
                table(text, tables.get(s - 2));
            } else {
                text.append(Narrative.forSection(s, report)).append('\n');
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder text, PrintedTable table) {
        int[] coveredRows = new int[table.columns()];
        for (List<PrintedTable.Cell> row : table.rows()) {
            List<String> cells = new ArrayList<>();
            int next = 0;
            for (int column = 0; column < table.columns(); ) {
                if (coveredRows[column] > 0) {
                    coveredRows[column]--;
                    cells.add("");
                    column++;
                } else if (next < row.size()) {
                    PrintedTable.Cell cell = row.get(next++);
                    cells.add(cell.text());
                    for (int c = column; c < column + cell.colSpan(); c++) {
                        coveredRows[c] = cell.rowSpan() - 1;
                    }
                    column += cell.colSpan();
                } else {
                    break;
                }
            }
            text.append(String.join("\t", cells)).append('\n');
        }
    }
}
