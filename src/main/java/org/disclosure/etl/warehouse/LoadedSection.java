package org.disclosure.etl.warehouse;

import java.util.List;
import org.disclosure.etl.report.Fact;

/** One report's statistical section as it is loaded: its facts and its skipped rows. */
public record LoadedSection(String reportId, int section, List<Fact> facts, List<SkipRecord> skips) {

    public SectionKey key() {
        return new SectionKey(reportId, section);
    }
}
