package org.disclosure.etl.report;

import java.util.List;

/**
 * A table row as located in a report, before mapping: its label as printed, the header text above
 * it (which may state a unit such as 万元), and the cells that follow the label.
 *
 * @param doubt why the row's numbers cannot be taken as they stand (a row rebuilt from converted
 *              text whose arithmetic does not hold: the converter may have reordered them), or empty
 */
public record SourceRow(String label, String context, List<String> cells, String doubt) {

    public SourceRow {
        cells = List.copyOf(cells);
        doubt = doubt == null ? "" : doubt;
    }

    public SourceRow(String label, String context, List<String> cells) {
        this(label, context, cells, "");
    }

    public SourceRow doubted(String why) {
        return new SourceRow(label, context, cells, why);
    }

    /** The row as read, for the skip log. */
    public String raw() {
        return (label.isEmpty() ? "" : label + " | ") + String.join(" | ", cells.stream().map(String::strip).toList());
    }

    /** Whether any cell holds a character: a row of dashes prints something (zeros), a row of empty cells does not. */
    public boolean printsAnything() {
        return cells.stream().anyMatch(c -> !c.isBlank());
    }

    public boolean allCellsBlank() {
        return cells.stream().allMatch(c -> NumberCell.parse(c).map(NumberCell::blank).orElse(false));
    }
}
