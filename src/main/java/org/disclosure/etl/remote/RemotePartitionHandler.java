package org.disclosure.etl.remote;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * The manager's side of remote partitioning: sends each partition as a {@link StepExecutionRequest}
 * to the workers and waits, polling the job repository, until every partition has ended there.
 * Spring Batch's {@code MessageChannelPartitionHandler} does the same, but has one timeout for the
 * whole step (a backfill's step runs for hours) and cannot tell it from no worker being there; this
 * one fails after {@code answerTimeout} only when no worker has taken any partition, saying so. A
 * worker that dies with a partition in hand is no reason to wait for ever (spring-batch#4006): its
 * request goes back to the queue and the next worker runs the partition again, from where the dead
 * one last committed.
 */
public final class RemotePartitionHandler extends AbstractPartitionHandler {

    private final PartitionRequests requests;
    private final JobRepository repository;
    private final String workerStep;
    private final Duration answerTimeout;
    private final Duration pollInterval;

    /** @param workerStep the step the workers run for each partition, by the name their step locator knows */
    public RemotePartitionHandler(PartitionRequests requests, JobRepository repository, String workerStep, Duration answerTimeout,
                                  Duration pollInterval) {
        this.requests = requests;
        this.repository = repository;
        this.workerStep = workerStep;
        this.answerTimeout = answerTimeout;
        this.pollInterval = pollInterval;
    }

    /** No worker took a partition in time: the run fails, to be restarted once workers run. */
    public static final class NoWorkerAnswered extends IllegalStateException {
        NoWorkerAnswered(String message) {
            super(message);
        }
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        for (StepExecution partition : partitions) {
            requests.send(new StepExecutionRequest(workerStep, partition.getId()));
        }
        long sent = System.nanoTime();
        while (true) {
            Set<StepExecution> now = new HashSet<>();
            for (StepExecution partition : partitions) {
                now.add(repository.getStepExecution(partition.getId()));
            }
            if (now.stream().noneMatch(p -> p.getStatus().isRunning())) {
                return now;
            }
            if (now.stream().allMatch(p -> p.getStatus() == BatchStatus.STARTING)
                    && System.nanoTime() - sent > answerTimeout.toNanos()) {
                throw new NoWorkerAnswered("no worker took any of the " + partitions.size() + " partitions of step " + manager.getStepName()
                        + " within " + answerTimeout.toSeconds() + " s: start workers (java -jar disclosure-etl.jar worker) on this"
                        + " warehouse, then run ingest again to restart the run where it stopped");
            }
            Thread.sleep(pollInterval.toMillis());
        }
    }
}
