package org.disclosure.etl.warehouse;

import java.util.List;

/**
 * Loads report sections, in the caller's transaction: their facts, skipped rows and failed checks,
 * and adds their counts to their reports.
 */
public class SectionRepository {

    private final FactLoader facts;
    private final SkipRepository skips;
    private final CheckRepository checks;
    private final ReportRepository reports;

    public SectionRepository(FactLoader facts, SkipRepository skips, CheckRepository checks, ReportRepository reports) {
        this.facts = facts;
        this.skips = skips;
        this.checks = checks;
        this.reports = reports;
    }

    public void load(List<LoadedSection> sections) {
        facts.insert(sections);
        skips.recordAll(sections.stream().flatMap(s -> s.skips().stream()).toList());
        checks.insert(sections);
        reports.addSections(sections);
    }
}
