package org.disclosure.etl.warehouse;

import java.util.List;
import org.disclosure.etl.check.CheckFailure;
import org.disclosure.etl.report.Fact;

/**
 * One report's statistical section as it is loaded: its facts, its skipped rows, the failures of its
 * table's arithmetic, and whether it has a non-zero amount printed without a unit.
 */
public record LoadedSection(String reportId, long reportSeq, int section, List<Fact> facts, List<SkipRecord> skips,
                            List<CheckFailure> failures, boolean unitUnknown) {

    public SectionKey key() {
        return new SectionKey(reportId, section);
    }
}
