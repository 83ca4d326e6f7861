package org.disclosure.etl.correction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disclosure.etl.report.ColumnDefinition;

/**
 * {@code corrections-template.csv}: one line per cell an operator can complete, of every skipped row of
 * the run's reports that names its template row, with what was read there and {@code value} left empty.
 */
public final class CorrectionsTemplate {

    public static final String FILE = "corrections-template.csv";
    public static final String[] HEADER = {"sha256", "source_file", "section", "table_code", "row_code", "column_code", "printed",
        "value", "note"};

    /** A skipped template row: its report, its codes, its cells as read, and the columns of its row the report already holds. */
    public record SkippedRow(String sha256, String sourceFile, Cell.Row row, List<String> cells, List<ColumnDefinition> columns,
                             Set<String> held) {
    }

    private CorrectionsTemplate() {
    }

    /** The template's lines for a row: one per cell it lacks; what was read there where the cells line up with the columns. */
    public static List<String[]> lines(SkippedRow skipped) {
        List<String[]> lines = new ArrayList<>();
        boolean aligned = skipped.cells().size() == skipped.columns().size();
        for (int i = 0; i < skipped.columns().size(); i++) {
            String column = skipped.columns().get(i).code();
            if (skipped.held().contains(column)) {
                continue;
            }
            lines.add(new String[] {skipped.sha256(), skipped.sourceFile(), String.valueOf(skipped.row().section()),
                skipped.row().tableCode(), skipped.row().rowCode(), column, aligned ? skipped.cells().get(i).strip() : "", "", ""});
        }
        return lines;
    }
}
