package org.disclosure.etl.warehouse;

import java.util.List;
import org.disclosure.etl.document.PrintedPlace;
import org.disclosure.etl.report.SkipReason;

/**
 * One line of the skip log: a table row or a section that was not loaded, and why.
 *
 * @param rowCode the template row its label named, or empty
 * @param cells   its cells as read (empty for a section)
 * @param place   where it was printed, or null
 * @param neighbours the rows printed before and after it, as read, a line each (empty for a section)
 */
public record SkipRecord(long runId, String reportId, int section, String tableCode, String rowLabel,
                         String raw, SkipReason reason, String message, String rowCode, List<String> cells, PrintedPlace place,
                         String neighbours) {

    public SkipRecord {
        cells = List.copyOf(cells);
    }

    /** A section not found, which has no row. */
    public static SkipRecord section(long runId, String reportId, int section, String title, String message) {
        return new SkipRecord(runId, reportId, section, null, title, "", SkipReason.SECTION_NOT_FOUND, message, "", List.of(), null, "");
    }
}
