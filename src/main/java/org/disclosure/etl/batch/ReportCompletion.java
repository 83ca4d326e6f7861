package org.disclosure.etl.batch;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.etl.check.CheckFailure;
import org.disclosure.etl.check.ConsistencyRule;
import org.disclosure.etl.check.ReportFacts;
import org.disclosure.etl.check.ReportVerdict;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.report.Unit;
import org.disclosure.etl.warehouse.CheckRepository;
import org.disclosure.etl.warehouse.FactRepository;
import org.disclosure.etl.warehouse.ReportRepository;
import org.disclosure.etl.warehouse.ReportStatus;
import org.disclosure.etl.warehouse.SkipRepository;
import org.disclosure.etl.warehouse.StagingRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/**
 * The check step's writer, per report: runs the consistency rules over its facts, stores the
 * failures, settles its status and counts, and empties its staging.
 */
public class ReportCompletion implements ItemWriter<String> {

    public static final String WARNING_UNIT_UNKNOWN = "UNIT_UNKNOWN";
    private static final Logger log = LoggerFactory.getLogger("disclosure.files");

    private final ReportRepository reports;
    private final FactRepository facts;
    private final SkipRepository skips;
    private final CheckRepository checks;
    private final StagingRepository staging;

    public ReportCompletion(ReportRepository reports, FactRepository facts, SkipRepository skips,
                            CheckRepository checks, StagingRepository staging) {
        this.reports = reports;
        this.facts = facts;
        this.skips = skips;
        this.checks = checks;
        this.staging = staging;
    }

    @Override
    public void write(Chunk<? extends String> reportIds) {
        for (String id : reportIds) {
            complete(id);
        }
    }

    /** Checks a report whose facts are all loaded, decides its status and clears its staged rows. */
    void complete(String id) {
        ReportRepository.ReadReport report = reports.readReport(id);
        List<Fact> loaded = facts.ofReport(id);
        ReportFacts reportFacts = new ReportFacts(report.template(), loaded);
        List<CheckFailure> failures = new ArrayList<>();
        ConsistencyRule.all().forEach(rule -> failures.addAll(rule.check(reportFacts)));
        checks.replace(id, failures);

        List<Integer> missing = skips.missingSections(id);
        int skipped = skips.skippedRows(id);
        ReportVerdict verdict = ReportVerdict.of(loaded.size(), skipped, missing);
        List<String> warnings = new ArrayList<>(report.warnings());
        if (loaded.stream().anyMatch(f -> f.unit() == Unit.UNKNOWN && f.value().signum() != 0)) {
            warnings.add(WARNING_UNIT_UNKNOWN);
        }
        ReportStatus status = ReportStatus.valueOf(verdict.status().name());
        reports.finish(id, status, verdict.error(), loaded.size(), skipped, failures.size(), warnings);
        staging.clear(id);
        log.info("{} {}: {} facts, {} rows skipped, {} checks failed{}", status.code(), report.sourceFile(), loaded.size(), skipped,
                failures.size(), verdict.error() == null ? "" : " (" + verdict.error() + ")");
    }
}
