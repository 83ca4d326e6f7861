package org.disclosure.etl.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.disclosure.etl.batch.IngestSettings;
import org.disclosure.etl.inbox.InboxSnapshot;
import org.disclosure.etl.warehouse.RunLock;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One ingest run in a started application: takes the warehouse lock (a second run exits at once),
 * restarts the last run where it stopped if it did not complete (killed, or a step failed), or else
 * starts a new one identified by the inbox and its snapshot, then prints the summary.
 */
final class IngestCommand {

    static final String JOB = "ingestJob";
    private static final long HEARTBEAT_SECONDS = 20;

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
        RunLock lock = context.getBean(RunLock.class);
        String owner = RunLock.self();
        Optional<String> holder = lock.tryAcquire(owner);
        if (holder.isPresent()) {
            err.println("disclosure-etl: another ingest run holds the warehouse (" + holder.get() + "); nothing done");
            return ExitCode.LOCKED;
        }
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "run-lock-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleAtFixedRate(() -> lock.heartbeat(owner), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        try {
            String inbox = settings.inbox().toAbsolutePath().normalize().toString();
            JobParameters parameters = unfinished(context, inbox, reprocess)
                    .map(previous -> {
                        out.println("restarting ingest run " + previous.getJobInstance().getInstanceId()
                                + ", which stopped " + previous.getStatus().name().toLowerCase(java.util.Locale.ROOT)
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
            long started = System.nanoTime();
            JobExecution execution = context.getBean(JobLauncher.class).run(context.getBean(JOB, Job.class), parameters);
            out.println(RunSummary.of(context, execution, System.nanoTime() - started, settings.extracts()).render());
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                execution.getAllFailureExceptions().forEach(t -> err.println("disclosure-etl: " + CommandLine.rootMessage(t)));
                return ExitCode.RUN_FAILED;
            }
            return ExitCode.COMPLETED;
        } finally {
            heartbeat.shutdownNow();
            lock.release(owner);
        }
    }

    /**
     * The last run over this inbox if it did not complete. Holding the lock, a run still marked as
     * running was killed: it is marked failed first, so that Spring Batch restarts it.
     */
    private static Optional<JobExecution> unfinished(ConfigurableApplicationContext context, String inbox, String reprocess) {
        JobExplorer explorer = context.getBean(JobExplorer.class);
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
        if (execution.getStatus().isRunning()) {
            JobRepository repository = context.getBean(JobRepository.class);
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStatus().isRunning()) {
                    step.setStatus(BatchStatus.FAILED);
                    step.setExitStatus(ExitStatus.FAILED.addExitDescription("the process running it ended"));
                    step.setEndTime(LocalDateTime.now());
                    repository.update(step);
                }
            }
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription("the process running it ended"));
            execution.setEndTime(LocalDateTime.now());
            repository.update(execution);
        }
        return Optional.of(execution);
    }
}
