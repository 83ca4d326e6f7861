package org.disclosure.etl.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.etl.check.CheckFailure;
import org.disclosure.etl.check.ConsistencyRule;
import org.disclosure.etl.check.ReportFacts;
import org.disclosure.etl.check.ReportVerdict;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.report.Unit;
import org.disclosure.etl.warehouse.CheckRepository;
import org.disclosure.etl.warehouse.FactRepository;
import org.disclosure.etl.warehouse.ReportRepository;
import org.disclosure.etl.warehouse.ReportRepository.Finished;
import org.disclosure.etl.warehouse.ReportRepository.ReadReport;
import org.disclosure.etl.warehouse.ReportStatus;
import org.disclosure.etl.warehouse.SkipRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/**
 * The check step's writer: runs the consistency rules over each report's facts, stores the
 * failures, and settles status and counts; a chunk of reports at a time, each query and update
 * covering the whole chunk.
 */
public class ReportCompletion implements ItemWriter<ReadReport> {

    public static final String WARNING_UNIT_UNKNOWN = "UNIT_UNKNOWN";
    private static final Logger log = LoggerFactory.getLogger("disclosure.files");

    private final ReportRepository reports;
    private final FactRepository facts;
    private final SkipRepository skips;
    private final CheckRepository checks;

    public ReportCompletion(ReportRepository reports, FactRepository facts, SkipRepository skips, CheckRepository checks) {
        this.reports = reports;
        this.facts = facts;
        this.skips = skips;
        this.checks = checks;
    }

    @Override
    public void write(Chunk<? extends ReadReport> chunk) {
        complete(chunk.getItems().stream().map(ReadReport.class::cast).toList());
    }

    /** Completes one report outside the check step (re-reading). */
    void complete(String reportId) {
        complete(List.of(reports.readReport(reportId)));
    }

    private void complete(List<ReadReport> read) {
        List<String> ids = read.stream().map(ReadReport::reportId).toList();
        Map<String, List<Fact>> loaded = facts.ofReports(ids);
        Map<String, SkipRepository.Summary> skipped = skips.summaries(ids);
        Map<String, List<CheckFailure>> failures = new LinkedHashMap<>();
        List<Finished> finished = new ArrayList<>();
        for (ReadReport report : read) {
            List<Fact> reportFacts = loaded.get(report.reportId());
            ReportFacts checked = new ReportFacts(report.template(), reportFacts);
            List<CheckFailure> failed = ConsistencyRule.all().stream().flatMap(rule -> rule.check(checked).stream()).toList();
            failures.put(report.reportId(), failed);
            SkipRepository.Summary skips = skipped.get(report.reportId());
            ReportVerdict verdict = ReportVerdict.of(reportFacts.size(), skips.skippedRows(), skips.missingSections());
            List<String> warnings = new ArrayList<>(report.warnings());
            if (reportFacts.stream().anyMatch(f -> f.unit() == Unit.UNKNOWN && f.value().signum() != 0)) {
                warnings.add(WARNING_UNIT_UNKNOWN);
            }
            finished.add(new Finished(report.reportId(), ReportStatus.valueOf(verdict.status().name()), verdict.error(),
                    reportFacts.size(), skips.skippedRows(), failed.size(), warnings));
        }
        checks.replace(failures);
        reports.finish(finished);
        for (int i = 0; i < read.size(); i++) {
            Finished f = finished.get(i);
            log.info("{} {}: {} facts, {} rows skipped, {} checks failed{}", f.status().code(), read.get(i).sourceFile(), f.facts(),
                    f.skippedRows(), f.failedChecks(), f.error() == null ? "" : " (" + f.error() + ")");
        }
    }
}
