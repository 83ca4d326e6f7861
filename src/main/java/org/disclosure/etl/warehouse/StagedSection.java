package org.disclosure.etl.warehouse;

import java.util.List;
import org.disclosure.etl.report.SourceRow;
import org.disclosure.etl.report.Template;

/**
 * A located section waiting in staging for its step: the rows of a statistical section (2 to 4), or
 * a narrative section (1, 5, 6) as one row whose label is the heading and whose one cell is the text.
 */
public record StagedSection(String reportId, long reportSeq, int section, Template template, List<SourceRow> rows) {

    public StagedSection {
        rows = List.copyOf(rows);
    }

    public SectionKey key() {
        return new SectionKey(reportId, section);
    }
}
