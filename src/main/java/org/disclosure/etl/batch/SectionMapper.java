package org.disclosure.etl.batch;

import java.util.List;
import org.disclosure.etl.check.CheckFailure;
import org.disclosure.etl.check.ReportFacts;
import org.disclosure.etl.check.TemplateRules;
import org.disclosure.etl.report.Section;
import org.disclosure.etl.report.SectionFacts;
import org.disclosure.etl.report.SourceRow;
import org.disclosure.etl.report.Unit;
import org.disclosure.etl.warehouse.LoadedSection;
import org.disclosure.etl.warehouse.SkipRecord;
import org.disclosure.etl.warehouse.StagedSection;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * A section step's processor: maps one report's staged section to its facts and skipped rows, and
 * checks its table's arithmetic. A skipped row is data here, not an exception, so one bad row never
 * rolls a chunk back.
 */
public class SectionMapper implements ItemProcessor<StagedSection, LoadedSection>, StepExecutionListener {

    private long runId;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = RunIds.of(stepExecution);
    }

    @Override
    public LoadedSection process(StagedSection staged) {
        SectionFacts mapped = SectionFacts.map(Section.of(staged.section()).table(), staged.rows(), staged.template());
        List<SkipRecord> skips = mapped.skipped().stream().map(s -> new SkipRecord(runId, staged.reportId(), staged.section(),
                s.tableCode(), s.label(), s.row().raw(), s.reason(), s.message(), s.rowCode(), s.row().cells(), s.row().place(),
                neighbours(staged.rows(), s.row()))).toList();
        List<CheckFailure> failures = TemplateRules.checkSection(Section.of(staged.section()), new ReportFacts(staged.template(), mapped.facts()));
        boolean unitUnknown = mapped.facts().stream().anyMatch(f -> f.unit() == Unit.UNKNOWN && f.value().signum() != 0);
        return new LoadedSection(staged.reportId(), staged.reportSeq(), staged.section(), mapped.facts(), skips, failures,
                unitUnknown);
    }

    /** The rows printed before and after a skipped one, a line each: what an operator sees around it where there is no page. */
    static String neighbours(List<SourceRow> rows, SourceRow row) {
        int at = rows.indexOf(row);
        if (at < 0) {
            return "";
        }
        return (at > 0 ? rows.get(at - 1).raw() : "") + "\n" + (at + 1 < rows.size() ? rows.get(at + 1).raw() : "");
    }
}
