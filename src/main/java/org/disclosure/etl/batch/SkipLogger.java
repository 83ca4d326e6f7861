package org.disclosure.etl.batch;

import org.disclosure.etl.report.RowSkipException;
import org.disclosure.etl.report.SkipReason;
import org.disclosure.etl.warehouse.SkipRecord;
import org.disclosure.etl.warehouse.SkipRepository;
import org.disclosure.etl.warehouse.StagedRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.SkipListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;

/** Records every skipped row of a section step in the warehouse's skip log, with its reason. */
public class SkipLogger implements SkipListener<StagedRow, MappedRow>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger("disclosure.skips");
    private static final String[] SECTION_TABLES = {"", "", "", "s3_applications", "s4_review_litigation"};

    private final SkipRepository skips;
    private long runId;

    public SkipLogger(SkipRepository skips) {
        this.skips = skips;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = RunIds.of(stepExecution);
    }

    @Override
    public void onSkipInProcess(StagedRow item, Throwable t) {
        if (t instanceof RowSkipException e) {
            String table = e.row() != null ? e.row().tableCode() : SECTION_TABLES[item.section()];
            record(item, table, e.row() != null ? e.row().rowCode() : "", e.reason(), e.getMessage());
        } else {
            record(item, SECTION_TABLES[item.section()], "", SkipReason.UNKNOWN_ROW, "parser error: " + t);
        }
    }

    /** A row whose cells were loaded already: printed twice in one report. */
    @Override
    public void onSkipInWrite(MappedRow item, Throwable t) {
        var first = item.facts().get(0);
        record(item.staged(), first.tableCode(), first.rowCode(), SkipReason.DUPLICATE_ROW,
                first.rowCode() + " is printed more than once; only its first printing is loaded");
    }

    private void record(StagedRow item, String table, String rowCode, SkipReason reason, String message) {
        String label = item.row().label().isEmpty() ? rowCode : item.row().label();
        skips.record(new SkipRecord(runId, item.reportId(), item.section(), table, label, item.row().raw(), reason, message));
        log.info("skipped row of report {} section {}: {} {}", item.reportId(), item.section(), reason, message);
    }
}
