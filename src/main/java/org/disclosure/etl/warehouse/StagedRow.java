package org.disclosure.etl.warehouse;

import org.disclosure.etl.report.SourceRow;
import org.disclosure.etl.report.Template;

/** A located table row waiting in staging for its section's step. */
public record StagedRow(String reportId, int section, int seq, Template template, SourceRow row) {
}
