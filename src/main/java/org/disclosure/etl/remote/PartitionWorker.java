package org.disclosure.etl.remote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

/**
 * A worker process's loop: on each of its threads, takes a partition request, runs the partition
 * with Spring Batch Integration's {@link StepExecutionRequestHandler}, says when it starts and when
 * it finishes it, one line each, and asks again, until {@link #stop()}: then each thread finishes the partition at hand and ends. A
 * request whose run has ended (it failed, or no worker answered it in time and the run was started
 * again) or whose partition is done is dropped with a line saying why.
 */
public final class PartitionWorker {

    private final PartitionRequests requests;
    private final JobRepository repository;
    private final StepExecutionRequestHandler runner;
    private final int threads;
    private final Duration idlePoll;
    private final Consumer<String> log;
    private volatile boolean stopping;

    public PartitionWorker(PartitionRequests requests, JobRepository repository, StepLocator steps, int threads, Duration idlePoll,
                           Consumer<String> log) {
        this.requests = requests;
        this.repository = repository;
        this.runner = new StepExecutionRequestHandler();
        runner.setJobRepository(repository);
        runner.setStepLocator(steps);
        this.threads = threads;
        this.idlePoll = idlePoll;
        this.log = log;
    }

    /** Takes partitions on every thread until {@link #stop()}; returns when every thread has ended. */
    public void run() throws InterruptedException {
        List<Thread> running = new ArrayList<>();
        for (int i = 1; i <= threads; i++) {
            Thread thread = new Thread(this::takeUntilStopped, "worker-" + i);
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            thread.join();
        }
    }

    /** Takes no new partition; those at hand run to their end. */
    public void stop() {
        stopping = true;
    }

    private void takeUntilStopped() {
        while (!stopping) {
            boolean took;
            try {
                took = requests.takeOne(this::run, reason -> log.accept("worker: " + reason));
            } catch (RuntimeException e) {
                // the database away for a moment: the request, if one was taken, went back with the rollback
                log.accept("worker: could not take a partition (" + e.getMessage() + "); asking again");
                took = false;
            }
            if (!took && !stopping) {
                try {
                    Thread.sleep(idlePoll.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void run(StepExecutionRequest request) {
        StepExecution partition = repository.getStepExecution(request.getStepExecutionId());
        if (partition == null) {
            log.accept("worker: dropped a request for step execution " + request.getStepExecutionId() + ", which the job repository does not hold");
            return;
        }
        String name = partition.getStepName() + " of run " + partition.getJobExecutionId();
        if (!partition.getJobExecution().getStatus().isRunning()) {
            log.accept("worker: dropped " + name + ": the run " + partition.getJobExecution().getStatus().name().toLowerCase(Locale.ROOT)
                    + " (a restart sends its partitions again)");
            return;
        }
        if (partition.getStatus() == BatchStatus.COMPLETED) {
            log.accept("worker: dropped " + name + ": already completed");
            return;
        }
        log.accept("worker: started " + name);
        long started = System.nanoTime();
        StepExecution done = runner.handle(request);
        if (done.getStatus() == BatchStatus.FAILED || done.getStatus() == BatchStatus.STOPPED) {
            repository.update(done); // the handler sets what an exception it caught means, and leaves recording it to us
        }
        log.accept(String.format(Locale.ROOT, "worker: finished %s: %s, %d read, %d written, %d skipped in %.1f s", name,
                done.getStatus().name().toLowerCase(Locale.ROOT), done.getReadCount(), done.getWriteCount(), done.getSkipCount(),
                (System.nanoTime() - started) / 1e9));
    }
}
