package org.disclosure.etl.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.disclosure.etl.batch.DeadExecutions;
import org.disclosure.etl.warehouse.RunLock;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.repository.explore.JobExplorer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code status}: the last runs as the job repository recorded them, newest first, step by step
 * (the read step's partitions only where one did not complete). A run the repository shows running
 * while no live run holds the lock is shown {@code dead}: it was killed.
 */
final class StatusCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PrintStream out;

    StatusCommand(PrintStream out) {
        this.out = out;
    }

    int run(ConfigurableApplicationContext context, int runs) {
        JobExplorer explorer = context.getBean(JobExplorer.class);
        // Under a live lock a running execution is that run; without one, its process ended.
        boolean anyRunAlive = context.getBean(RunLock.class).liveHolder(RunLock.self()).isPresent();
        List<JobInstance> instances = explorer.getJobInstances("ingest", 0, runs);
        if (instances.isEmpty()) {
            out.println("no ingest runs yet");
            return ExitCode.COMPLETED;
        }
        for (JobInstance instance : instances) {
            List<JobExecution> executions = explorer.getJobExecutions(instance);
            JobExecution last = executions.get(0);
            boolean dead = !anyRunAlive && DeadExecutions.isDead(last.getStatus());
            out.printf(Locale.ROOT, "run %d  %-9s  started %s  %s  inbox %s%s%n", instance.getInstanceId(),
                    dead ? "dead" : last.getStatus().name().toLowerCase(Locale.ROOT),
                    executions.get(executions.size() - 1).getStartTime() == null ? "-" : TIME.format(executions.get(executions.size() - 1).getStartTime()),
                    dead ? "" : duration(last), last.getJobParameters().getString("inbox"),
                    executions.size() > 1 ? "  (" + (executions.size() - 1) + " restart" + (executions.size() > 2 ? "s" : "") + ")" : "");
            if (dead) {
                out.println("    its process ended without finishing it; the next ingest marks it failed and restarts it where it stopped");
            }
            for (StepExecution step : last.getStepExecutions()) {
                if (step.getStepName().contains(":partition-") && step.getStatus() == BatchStatus.COMPLETED) {
                    continue; // the read step's partitions: shown only while one is unfinished
                }
                boolean stepDead = dead && DeadExecutions.isDead(step.getStatus());
                out.printf(Locale.ROOT, "    %-9s %-9s read %5d  written %5d  skipped %4d  %s%n", step.getStepName(),
                        stepDead ? "dead" : step.getStatus().name().toLowerCase(Locale.ROOT), step.getReadCount(), step.getWriteCount(),
                        step.getSkipCount(), stepDead ? "" : duration(step.getStartTime(), step.getEndTime()));
            }
        }
        return ExitCode.COMPLETED;
    }

    private static String duration(JobExecution e) {
        return duration(e.getStartTime(), e.getEndTime());
    }

    private static String duration(java.time.LocalDateTime start, java.time.LocalDateTime end) {
        if (start == null) {
            return "";
        }
        if (end == null) {
            return "running";
        }
        return String.format(Locale.ROOT, "%.1f s", Duration.between(start, end).toMillis() / 1000.0);
    }
}
