package org.disclosure.etl.batch;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.etl.report.LocatedReport;
import org.disclosure.etl.report.ReportReading;
import org.disclosure.etl.report.Section;
import org.disclosure.etl.warehouse.PendingReport;
import org.disclosure.etl.warehouse.ReportRepository;
import org.disclosure.etl.warehouse.SkipRecord;
import org.disclosure.etl.warehouse.SkipRepository;
import org.disclosure.etl.warehouse.StagedNarrative;
import org.disclosure.etl.warehouse.StagedSection;
import org.disclosure.etl.warehouse.StagingRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores what the read step located: the report's header, its staged sections, missing sections; or its failure. */
public class ReadResultWriter implements ItemWriter<ReadResult>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger("disclosure.files");

    private final ReportRepository reports;
    private final StagingRepository staging;
    private final SkipRepository skips;
    private long runId;

    public ReadResultWriter(ReportRepository reports, StagingRepository staging, SkipRepository skips) {
        this.reports = reports;
        this.staging = staging;
        this.skips = skips;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = RunIds.of(stepExecution);
    }

    @Override
    public void write(Chunk<? extends ReadResult> chunk) {
        List<StagedSection> tables = new ArrayList<>();
        List<StagedNarrative> narrative = new ArrayList<>();
        for (ReadResult result : chunk) {
            recordOutcome(result);
            if (result instanceof ReadResult.Located read) {
                tables.addAll(tableSections(result.report(), read.located()));
                narrative.addAll(narrativeSections(result.report(), read.located()));
            }
        }
        staging.stage(tables, narrative);
    }

    /** Saves what reading found: the failure, or the header, place, warnings and sections not found. */
    void recordOutcome(ReadResult result) {
        String id = result.report().reportId();
        String failure = result instanceof ReadResult.Unreadable u ? u.reason()
                : result instanceof ReadResult.Gone ? ReadResult.GONE : null;
        if (failure != null) {
            reports.markFailed(id, failure, ReportReading.PARSER_VERSION, result.millis());
            reports.settleVersions(List.of(id));
            log.info("failed {}: {}", result.report().sourceFile(), failure);
            return;
        }
        ReadResult.Located read = (ReadResult.Located) result;
        LocatedReport located = read.located();
        List<String> warnings = new ArrayList<>(located.warnings());
        if (!read.place().warning().isEmpty()) {
            warnings.add(read.place().warning());
        }
        reports.saveLocated(id, located.title(), read.place(), located.template(), located.missingSections(), warnings,
                ReportReading.PARSER_VERSION, read.millis(), read.harvest());
        for (int number : located.missingSections()) {
            Section section = Section.of(number);
            skips.record(SkipRecord.section(runId, id, number, section.title(), "section " + number + " (" + section.title() + ") not found"));
        }
    }

    /** The narrative sections found. */
    static List<StagedNarrative> narrativeSections(PendingReport report, LocatedReport located) {
        return located.narrative().stream()
                .map(n -> new StagedNarrative(report.reportId(), report.reportSeq(), n.section(), n.heading(), n.text()))
                .toList();
    }

    /** The table sections 2 to 4 that have rows. */
    static List<StagedSection> tableSections(PendingReport report, LocatedReport located) {
        List<StagedSection> tables = new ArrayList<>();
        for (Section section : Section.TABLES) {
            if (!located.rows(section.number()).isEmpty()) {
                tables.add(new StagedSection(report.reportId(), report.reportSeq(), section.number(), located.template(),
                        located.rows(section.number())));
            }
        }
        return tables;
    }
}
