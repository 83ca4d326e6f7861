package org.disclosure.etl.batch;

import java.util.Iterator;
import java.util.List;
import org.disclosure.etl.warehouse.ReportRepository;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.disclosure.etl.warehouse.PendingReport;

/**
 * The reports {@code --reprocess=failed|partial|all} asks to read again: registered in an earlier
 * run, not yet re-read in this one (so that a restarted run does not re-read them twice), and with
 * content to read (a file refused at the door, such as a pipe, has none).
 */
public class ReprocessCandidates implements ItemReader<PendingReport>, StepExecutionListener {

    private final ReportRepository reports;
    private Iterator<PendingReport> candidates = List.<PendingReport>of().iterator();

    public ReprocessCandidates(ReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public void beforeStep(StepExecution step) {
        String selection = step.getJobParameters().getString("reprocess", "");
        List<String> statuses = switch (selection) {
            case "failed" -> List.of("failed", "set_aside"); // a new version set aside failed too: read again, it may now load
            case "partial" -> List.of("partial");
            case "all" -> List.of("loaded", "partial", "failed", "set_aside");
            default -> List.of();
        };
        candidates = statuses.isEmpty() ? List.<PendingReport>of().iterator()
                : reports.toReprocess(statuses, RunIds.of(step)).iterator();
    }

    @Override
    public PendingReport read() {
        return candidates.hasNext() ? candidates.next() : null;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        candidates = List.<PendingReport>of().iterator();
        return null;
    }
}
