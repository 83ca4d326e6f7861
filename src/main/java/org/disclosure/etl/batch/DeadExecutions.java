package org.disclosure.etl.batch;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.repository.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Executions the job repository still shows as running, or in Spring Batch's {@code UNKNOWN} state
 * (a commit whose outcome the database never confirmed), though their process is gone. Whoever holds
 * the run lock knows no other run is alive, so such executions and their steps, the read step's
 * partitions included, are marked {@code FAILED}: Spring Batch then restarts them where they stopped
 * instead of refusing with "already running" or "cannot restart from UNKNOWN" until someone edits
 * the repository by hand. Restarting is safe because every step takes up only what is left to do.
 */
public final class DeadExecutions {

    /** How often a step that moved while being marked is read again (half a second apart): a chunk's time and more. */
    private static final int MOVED_RETRIES = 20;

    private final JobExplorer explorer;
    private final JobRepository repository;

    public DeadExecutions(JobExplorer explorer, JobRepository repository) {
        this.explorer = explorer;
        this.repository = repository;
    }

    /** Marks what a dead process left of job {@code jobName}; returns the executions it marked. Call only while holding the run lock. */
    public List<Long> markFailed(String jobName, String why) {
        Map<Long, JobExecution> suspects = new LinkedHashMap<>();
        explorer.findRunningJobExecutions(jobName).forEach(e -> suspects.put(e.getId(), e));
        JobInstance last = explorer.getLastJobInstance(jobName);
        if (last != null) {
            explorer.getJobExecutions(last).forEach(e -> suspects.putIfAbsent(e.getId(), e));
        }
        List<Long> marked = new ArrayList<>();
        for (JobExecution execution : suspects.values()) {
            boolean changed = false;
            for (StepExecution step : execution.getStepExecutions()) {
                changed |= markFailed(step, why);
            }
            if (isDead(execution.getStatus())) {
                execution.setStatus(BatchStatus.FAILED);
                execution.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
                execution.setEndTime(LocalDateTime.now());
                repository.update(execution);
                changed = true;
            }
            if (changed) {
                marked.add(execution.getId());
            }
        }
        return marked;
    }

    /**
     * Marks {@code step} failed if it looks alive. A run retried in this process after a lost
     * connection can still have a partition thread of the failed attempt finishing its chunk (Spring
     * Batch's partition handler returns at the first failed partition, not waiting for the others):
     * a step moved meanwhile is read again and judged again, until that thread has let go of it.
     */
    private boolean markFailed(StepExecution step, String why) {
        StepExecution current = step;
        for (int attempt = 1; ; attempt++) {
            if (!isDead(current.getStatus())) {
                return false;
            }
            current.setStatus(BatchStatus.FAILED);
            current.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
            current.setEndTime(LocalDateTime.now());
            try {
                repository.update(current);
                return true;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == MOVED_RETRIES) {
                    throw e;
                }
                pause();
                current = repository.getStepExecution(step.getId());
                if (current == null) {
                    return false;
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while marking dead executions", e);
        }
    }

    /** A status an execution or step keeps only while its process runs, or when its last commit went unconfirmed. */
    public static boolean isDead(BatchStatus status) {
        return status.isRunning() || status == BatchStatus.UNKNOWN;
    }
}
