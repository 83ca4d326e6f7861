package org.disclosure.etl.batch;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.disclosure.etl.check.ReportFacts;
import org.disclosure.etl.check.TemplateRules;
import org.disclosure.etl.correction.CorrectionPlan;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.report.RowDefinition;
import org.disclosure.etl.report.Section;
import org.disclosure.etl.warehouse.CorrectionRepository;
import org.disclosure.etl.warehouse.CorrectionRepository.ReportRef;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The step that applies corrections, one report per transaction: the reports with corrections taken in
 * and not yet applied, and those this run read again (their manual facts went with their reading).
 * Each report's plan is carried out, the checks of the sections it touched run again over what the
 * report now holds, its counts are recounted and its status settled again.
 */
public class CorrectionApplier implements ItemReader<String>, ItemWriter<String>, StepExecutionListener {

    private final CorrectionRepository corrections;
    private final ReportCompletion completion;
    private final Codebook codebook;
    private Iterator<String> reports = List.<String>of().iterator();
    private long runId;

    public CorrectionApplier(CorrectionRepository corrections, ReportCompletion completion, Codebook codebook) {
        this.corrections = corrections;
        this.completion = completion;
        this.codebook = codebook;
    }

    @Override
    public void beforeStep(StepExecution step) {
        runId = RunIds.of(step);
        reports = corrections.reportsToApply(runId).iterator();
    }

    @Override
    public String read() {
        return reports.hasNext() ? reports.next() : null;
    }

    @Override
    public void write(Chunk<? extends String> chunk) {
        chunk.forEach(this::apply);
    }

    private void apply(String reportId) {
        ReportRef report = corrections.report(reportId);
        CorrectionPlan plan = CorrectionPlan.of(corrections.standing(reportId), corrections.openRows(reportId),
                corrections.held(report.reportSeq()), row -> codebook.row(report.template(), row.tableCode(), row.rowCode())
                        .map(RowDefinition::columns).orElse(List.of()));
        corrections.load(report, plan.loaded());
        corrections.resolve(plan.resolved());
        corrections.record(plan.outcomes(), runId);
        Set<Integer> touched = new TreeSet<>(plan.loaded().stream().map(Fact::section).toList());
        for (int number : touched) {
            Section section = Section.of(number);
            corrections.replaceChecks(reportId, section, TemplateRules.checkSection(section,
                    new ReportFacts(report.template(), corrections.sectionFacts(report.reportSeq(), number))));
        }
        corrections.recount(report);
        completion.complete(reportId);
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        reports = List.<String>of().iterator();
        return null;
    }
}
