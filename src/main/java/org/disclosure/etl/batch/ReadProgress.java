package org.disclosure.etl.batch;

import java.io.PrintStream;
import java.util.Locale;
import org.disclosure.etl.warehouse.ReportRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * Progress of the read step: on a terminal one line rewritten in place (files done of total,
 * files/s, time left); otherwise a log line at every tenth of the way.
 */
public class ReadProgress implements StepExecutionListener, ChunkListener {

    private static final Logger log = LoggerFactory.getLogger("disclosure.progress");

    private final ReportRepository reports;
    private final PrintStream terminal;
    private long total;
    private long started;
    private long lastTenth;

    /** @param terminal where to draw the progress line, or null when not on a terminal */
    public ReadProgress(ReportRepository reports, PrintStream terminal) {
        this.reports = reports;
        this.terminal = terminal;
    }

    @Override
    public void beforeStep(StepExecution step) {
        total = step.getWriteCount() + reports.countPending();
        started = System.nanoTime();
        lastTenth = 0;
    }

    @Override
    public void afterChunk(ChunkContext context) {
        long done = context.getStepContext().getStepExecution().getWriteCount();
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        String line = String.format(Locale.ROOT, "read %d/%d files  %.1f files/s  ETA %d:%02d", done, total, rate,
                left / 60, left % 60);
        if (terminal != null) {
            terminal.print("\r" + line + "   ");
            terminal.flush();
        } else if (total > 0 && done * 10 / total > lastTenth) {
            lastTenth = done * 10 / total;
            log.info(line);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (terminal != null && total > 0) {
            terminal.println();
        }
        return null;
    }
}
