package org.disclosure.etl.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.disclosure.etl.batch.DeadExecutions;
import org.disclosure.etl.batch.IngestSettings;
import org.disclosure.etl.extract.ExtractSet;
import org.disclosure.etl.inbox.InboxSnapshot;
import org.disclosure.etl.publish.SiteFolder;
import org.disclosure.etl.warehouse.ConnectionLoss;
import org.disclosure.etl.warehouse.DiskFull;
import org.disclosure.etl.warehouse.EmbeddedCompaction;
import org.disclosure.etl.warehouse.EmbeddedHeap;
import org.disclosure.etl.warehouse.RunLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One ingest run in a started application: takes the warehouse lock (a second run exits at once),
 * marks what a dead run left in the job repository failed, restarts the last run where it stopped
 * if it did not complete, or else starts a new one identified by the inbox and its snapshot, then
 * prints the summary. A run that loses its warehouse connection waits with backoff and restarts
 * itself where it stopped, up to {@code ingest.max-database-outage}.
 */
final class IngestCommand {

    static final String JOB = "ingestJob";
    private static final Logger log = LoggerFactory.getLogger(IngestCommand.class);

    private final PrintStream out;
    private final PrintStream err;

    IngestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(ConfigurableApplicationContext context, String reprocess) throws Exception {
        IngestSettings settings = context.getBean(IngestSettings.class);
        if (!Files.isDirectory(settings.inbox())) {
            err.println("disclosure-etl: inbox " + settings.inbox() + " is not a directory");
            return ExitCode.USAGE;
        }
        Optional<String> refusal = ExtractSet.at(settings.extracts()).refusal()
                .or(() -> settings.site() == null ? Optional.empty() : siteRefusal(settings.site()));
        if (refusal.isPresent()) {
            err.println("disclosure-etl: " + refusal.get());
            return ExitCode.USAGE;
        }
        EmbeddedHeap.warning(settings.warehouse(), Runtime.getRuntime().maxMemory()).ifPresent(err::println);
        Optional<HeldRunLock> held = HeldRunLock.take(context.getBean(RunLock.class), err);
        if (held.isEmpty()) {
            return ExitCode.LOCKED;
        }
        try (HeldRunLock lock = held.get()) {
            ExtractSet.at(settings.extracts()).removeLeftovers();
            long started = System.nanoTime();
            JobExecution execution = runRetryingConnectionLoss(context, settings, reprocess);
            out.println(RunSummary.of(context, execution, System.nanoTime() - started, settings.extracts()).render());
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                execution.getAllFailureExceptions().forEach(t -> err.println("disclosure-etl: " + CommandLine.rootMessage(t)));
                return ExitCode.RUN_FAILED;
            }
            try {
                EmbeddedCompaction.ifWorthwhile(context.getBean(javax.sql.DataSource.class), out);
            } catch (java.sql.SQLException | RuntimeException e) {
                // the run's work is done and published; a file left larger is no failure
                err.println("disclosure-etl: the warehouse was not compacted: " + CommandLine.rootMessage(e));
            }
            return ExitCode.COMPLETED;
        }
    }

    private static Optional<String> siteRefusal(java.nio.file.Path site) {
        try {
            return SiteFolder.refusal(site);
        } catch (java.io.IOException e) {
            return Optional.of("site " + site + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * Runs (or restarts) the job; when it fails because the warehouse went away, waits 1, 2, 4 … 30 s
     * and restarts it where it stopped, until the outage has lasted {@code ingest.max-database-outage}
     * by the clock (attempts that hang until a timeout count too). A full disk is no outage: waiting
     * does not free space, so the run ends at once saying so.
     */
    private JobExecution runRetryingConnectionLoss(ConfigurableApplicationContext context, IngestSettings settings,
                                                   String reprocess) throws Exception {
        long outageStarted = 0;
        long backoff = 1;
        while (true) {
            Exception failure;
            try {
                JobExecution execution = launch(context, settings, reprocess);
                List<Throwable> failures = execution.getAllFailureExceptions();
                if (failures.stream().anyMatch(DiskFull::isCause)) {
                    throw new IllegalStateException(DiskFull.message(failures.stream().filter(DiskFull::isCause).findFirst().get()));
                }
                if (execution.getStatus() == BatchStatus.COMPLETED || failures.stream().noneMatch(ConnectionLoss::isCause)) {
                    return execution;
                }
                failure = new IllegalStateException(CommandLine.rootMessage(failures.get(0)));
                outageStarted = outageStarted == 0 ? System.nanoTime() : outageStarted;
                if (outageSeconds(outageStarted) >= settings.maxDatabaseOutage().toSeconds()) {
                    return execution;
                }
            } catch (Exception e) {
                if (DiskFull.isCause(e)) {
                    throw new IllegalStateException(DiskFull.message(e)); // the message says all; its cause would hide it
                }
                outageStarted = outageStarted == 0 ? System.nanoTime() : outageStarted;
                if (!ConnectionLoss.isCause(e) || outageSeconds(outageStarted) >= settings.maxDatabaseOutage().toSeconds()) {
                    throw e;
                }
                failure = e;
            }
            long pause = Math.max(1, Math.min(backoff, settings.maxDatabaseOutage().toSeconds() - outageSeconds(outageStarted)));
            err.printf(Locale.ROOT, "disclosure-etl: lost the warehouse connection (%s); restarting where it stopped in %d s%n",
                    CommandLine.rootMessage(failure).lines().findFirst().orElse(""), pause);
            Thread.sleep(pause * 1000);
            backoff = Math.min(30, backoff * 2);
        }
    }

    private static long outageSeconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000_000L;
    }

    private JobExecution launch(ConfigurableApplicationContext context, IngestSettings settings, String reprocess) throws Exception {
        List<Long> dead = new DeadExecutions(context.getBean(JobExplorer.class), context.getBean(JobRepository.class))
                .markFailed("ingest", "the process running it ended");
        if (!dead.isEmpty()) {
            log.warn("marked executions {} failed: their process ended while they ran", dead);
        }
        String inbox = settings.inbox().toAbsolutePath().normalize().toString();
        JobParameters parameters = unfinished(context.getBean(JobExplorer.class), inbox, reprocess)
                .map(previous -> {
                    out.println("restarting ingest run " + previous.getJobInstance().getInstanceId()
                            + ", which stopped " + previous.getStatus().name().toLowerCase(Locale.ROOT)
                            + "; files added since wait for the next run");
                    return new JobParametersBuilder(previous.getJobParameters())
                            .addString("extracts", settings.extracts().toAbsolutePath().normalize().toString(), false)
                            .toJobParameters();
                })
                .orElseGet(() -> new JobParametersBuilder()
                        .addString("inbox", inbox)
                        .addString("snapshot", InboxSnapshot.of(settings.inbox()))
                        .addString("started", LocalDateTime.now().toString())
                        .addString("reprocess", reprocess == null ? "" : reprocess)
                        .addString("extracts", settings.extracts().toAbsolutePath().normalize().toString(), false)
                        .toJobParameters());
        return context.getBean(JobLauncher.class).run(context.getBean(JOB, Job.class), parameters);
    }

    /** The last run over this inbox (with the same reprocess choice) if it did not complete. */
    private static Optional<JobExecution> unfinished(JobExplorer explorer, String inbox, String reprocess) {
        JobInstance last = explorer.getLastJobInstance("ingest");
        if (last == null) {
            return Optional.empty();
        }
        JobExecution execution = explorer.getLastJobExecution(last);
        if (execution == null || execution.getStatus() == BatchStatus.COMPLETED
                || execution.getStatus() == BatchStatus.ABANDONED
                || !inbox.equals(execution.getJobParameters().getString("inbox"))
                || !String.valueOf(reprocess == null ? "" : reprocess).equals(execution.getJobParameters().getString("reprocess"))) {
            return Optional.empty();
        }
        return Optional.of(execution);
    }
}
