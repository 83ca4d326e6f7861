package org.disclosure.etl.batch;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.etl.warehouse.ReportRepository.Finished;
import org.disclosure.etl.warehouse.ReportRepository.ReadReport;
import org.disclosure.etl.warehouse.ReportRepository;
import org.disclosure.etl.warehouse.ReportVerdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The complete step's writer: settles each report's status (loaded, partial, failed) from what its
 * read and section steps recorded, a chunk of reports in one batch of updates.
 */
public class ReportCompletion implements ItemWriter<ReadReport> {

    public static final String WARNING_UNIT_UNKNOWN = "UNIT_UNKNOWN";
    private static final Logger log = LoggerFactory.getLogger("disclosure.files");

    private final ReportRepository reports;

    public ReportCompletion(ReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public void write(Chunk<? extends ReadReport> chunk) {
        complete(chunk.getItems().stream().map(ReadReport.class::cast).toList());
    }

    /** Completes one report outside the job's steps (re-reading). */
    void complete(String reportId) {
        complete(List.of(reports.readReport(reportId)));
    }

    private void complete(List<ReadReport> read) {
        List<Finished> finished = new ArrayList<>();
        for (ReadReport report : read) {
            ReportVerdict verdict = ReportVerdict.of(report.facts(), report.skippedRows(), report.missingSections());
            List<String> warnings = new ArrayList<>(report.warnings());
            if (report.unitUnknown() && !warnings.contains(WARNING_UNIT_UNKNOWN)) {
                warnings.add(WARNING_UNIT_UNKNOWN);
            }
            Finished f = new Finished(report.reportId(), verdict.status(), verdict.error(), warnings);
            finished.add(f);
            log.info("{} {}: {} facts, {} rows skipped, {} checks failed{}", f.status().code(), report.sourceFile(), report.facts(),
                    report.skippedRows(), report.failedChecks(), f.error() == null ? "" : " (" + f.error() + ")");
        }
        reports.finish(finished);
        reports.settleVersions(finished.stream().map(Finished::reportId).toList());
    }
}
