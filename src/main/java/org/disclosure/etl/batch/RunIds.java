package org.disclosure.etl.batch;

import org.springframework.batch.core.step.StepExecution;

/**
 * A run is a job instance: a crashed run restarted is the same run (one id in reports, skips and the
 * run summary), though Spring Batch gives the restart a new execution.
 */
final class RunIds {

    private RunIds() {
    }

    static long of(StepExecution step) {
        return step.getJobExecution().getJobInstance().getInstanceId();
    }
}
