package org.disclosure.etl.batch;

import org.disclosure.etl.report.LocatedReport;
import org.disclosure.etl.warehouse.NarrativeRepository;
import org.disclosure.etl.warehouse.PendingReport;
import org.disclosure.etl.warehouse.ReportRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Replaces what re-read reports loaded, each in the chunk's one transaction: their facts, skips,
 * checks and narrative are deleted and written anew, by the same parts the read, section and complete
 * steps use, so that a researcher never sees a report half replaced. A report whose file is gone
 * from the inbox (and not found under another name) keeps what it loaded.
 */
public class ReportReprocessor implements ItemWriter<ReadResult>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger("disclosure.files");

    private final ReadResultWriter reads;
    private final SectionMapper mapper = new SectionMapper();
    private final SectionLoader sections;
    private final ReportCompletion completion;
    private final ReportRepository reports;
    private final NarrativeRepository narrative;
    private long runId;

    public ReportReprocessor(ReadResultWriter reads, SectionLoader sections, ReportCompletion completion,
                             ReportRepository reports, NarrativeRepository narrative) {
        this.reads = reads;
        this.sections = sections;
        this.completion = completion;
        this.reports = reports;
        this.narrative = narrative;
    }

    @Override
    public void beforeStep(StepExecution step) {
        runId = RunIds.of(step);
        reads.beforeStep(step);
        mapper.beforeStep(step);
    }

    @Override
    public void write(Chunk<? extends ReadResult> chunk) {
        for (ReadResult result : chunk) {
            String id = result.report().reportId();
            if (result instanceof ReadResult.Gone) {
                log.warn("cannot re-read {}: no file with its content is in the inbox any more; it stays as loaded",
                        result.report().sourceFile());
                continue;
            }
            reports.clearLoaded(id);
            reads.recordOutcome(result);
            if (result instanceof ReadResult.Located read) {
                load(result.report(), read.located());
                completion.complete(id);
            }
            reports.assignRun(id, runId);
        }
    }

    /** What the section steps and the narrative step do, for one report. */
    private void load(PendingReport report, LocatedReport located) {
        sections.write(new Chunk<>(ReadResultWriter.tableSections(report, located).stream().map(mapper::process).toList()));
        narrative.insert(ReadResultWriter.narrativeSections(report, located));
    }
}
