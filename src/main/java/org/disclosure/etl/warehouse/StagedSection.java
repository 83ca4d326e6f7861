package org.disclosure.etl.warehouse;

import java.util.List;
import org.disclosure.etl.report.SourceRow;
import org.disclosure.etl.report.Template;

/**
 * A located statistical section (2 to 4) waiting in staging for its step: its rows as printed, and the
 * template they are mapped by. Narrative sections wait as {@link StagedNarrative}.
 */
public record StagedSection(String reportId, long reportSeq, int section, Template template, List<SourceRow> rows) {

    public StagedSection {
        rows = List.copyOf(rows);
    }

    public SectionKey key() {
        return new SectionKey(reportId, section);
    }
}
