package org.disclosure.etl.report;

import java.util.List;
import org.disclosure.etl.document.PrintedPlace;
import org.disclosure.etl.document.ReadMethod;

/**
 * A table row as located in a report, before mapping: its label as printed, the header text above
 * it (which may state a unit such as 万元), and the cells that follow the label.
 *
 * @param doubt       why the row's numbers cannot be taken as they stand (a row rebuilt from converted
 *                    text whose arithmetic does not hold: the converter may have reordered them; a row
 *                    read by OCR that the arithmetic does not confirm), or empty
 * @param doubtReason the skip reason that goes with the doubt ({@code TEXT_UNVERIFIED} or
 *                    {@code OCR_UNVERIFIED}); null without one
 * @param method      how its cells were read
 * @param place       where it was printed, or null where the format has no pages or the reader does not know
 */
public record SourceRow(String label, String context, List<String> cells, String doubt, SkipReason doubtReason,
                        ReadMethod method, PrintedPlace place) {

    public SourceRow {
        cells = List.copyOf(cells);
        doubt = doubt == null ? "" : doubt;
        doubtReason = doubt.isEmpty() ? null : doubtReason == null ? SkipReason.TEXT_UNVERIFIED : doubtReason;
        method = method == null ? ReadMethod.TEXT : method;
    }

    public SourceRow(String label, String context, List<String> cells, String doubt, SkipReason doubtReason) {
        this(label, context, cells, doubt, doubtReason, ReadMethod.TEXT, null);
    }

    public SourceRow(String label, String context, List<String> cells, String doubt) {
        this(label, context, cells, doubt, SkipReason.TEXT_UNVERIFIED);
    }

    public SourceRow(String label, String context, List<String> cells) {
        this(label, context, cells, "", null);
    }

    /** This row, not to be trusted as converted text gave it. */
    public SourceRow doubted(String why) {
        return new SourceRow(label, context, cells, why, SkipReason.TEXT_UNVERIFIED, method, place);
    }

    /** This row as OCR read it, which the table's arithmetic does not confirm. */
    public SourceRow unconfirmed(String why) {
        return new SourceRow(label, context, cells, why, SkipReason.OCR_UNVERIFIED, method, place);
    }

    /** This row with other cells (OCR's marks of doubt removed once the arithmetic confirmed it). */
    public SourceRow withCells(List<String> newCells) {
        return new SourceRow(label, context, newCells, doubt, doubtReason, method, place);
    }

    /** This row under another label (one the template or a caption gives it). */
    public SourceRow withLabel(String newLabel) {
        return new SourceRow(newLabel, context, cells, doubt, doubtReason, method, place);
    }

    /** This row as read and printed: {@code method}, and {@code place} where known. */
    public SourceRow readBy(ReadMethod newMethod, PrintedPlace newPlace) {
        return new SourceRow(label, context, cells, doubt, doubtReason, newMethod, newPlace);
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
