package org.disclosure.etl.batch;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.disclosure.etl.warehouse.ReportRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Progress of the read step over all its partitions: on a terminal one line rewritten in place
 * (files done of total, files/s, time left); otherwise a log line at every tenth of the way.
 * Listens to the partitioned step for its start and end, and to the workers for each chunk written.
 */
public class ReadProgress implements StepExecutionListener, ItemWriteListener<ReadResult> {

    private static final Logger log = LoggerFactory.getLogger("disclosure.progress");

    private final ReportRepository reports;
    private final PrintStream terminal;
    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private volatile long started;
    private long lastTenth;

    /** @param terminal where to draw the progress line, or null when not on a terminal */
    public ReadProgress(ReportRepository reports, PrintStream terminal) {
        this.reports = reports;
        this.terminal = terminal;
    }

    @Override
    public void beforeStep(StepExecution step) {
        if (step.getStepName().equals("read")) {
            done.set(0);
            total = reports.countPending();
            started = System.nanoTime();
            lastTenth = 0;
        }
    }

    @Override
    public void afterWrite(Chunk<? extends ReadResult> items) {
        long now = done.addAndGet(items.size());
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = seconds > 0 ? now / seconds : 0;
        long left = rate > 0 ? Math.round((total - now) / rate) : 0;
        String line = String.format(Locale.ROOT, "read %d/%d files  %.1f files/s  ETA %d:%02d", now, total, rate,
                left / 60, left % 60);
        synchronized (this) {
            if (terminal != null) {
                terminal.print("\r" + line + "   ");
                terminal.flush();
            } else if (total > 0 && now * 10 / total > lastTenth) {
                lastTenth = now * 10 / total;
                log.info(line);
            }
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStepName().equals("read") && terminal != null && done.get() > 0) {
            terminal.println();
        }
        return null;
    }
}
