package org.disclosure.etl.warehouse;

import org.disclosure.etl.report.SkipReason;

/** One line of the skip log: a table row or a section that was not loaded, and why. */
public record SkipRecord(long runId, String reportId, int section, String tableCode, String rowLabel,
                         String raw, SkipReason reason, String message) {
}
