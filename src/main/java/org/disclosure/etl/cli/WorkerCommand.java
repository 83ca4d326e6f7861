package org.disclosure.etl.cli;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import org.disclosure.etl.batch.IngestSettings;
import org.disclosure.etl.remote.PartitionWorker;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code worker}: runs the read partitions that {@code ingest --remote} runs send through the
 * warehouse, on {@code ingest.threads} threads, until SIGTERM; then the partitions at hand run to
 * their end, the application closes, and the process exits 0. (A JVM ended by a signal exits 143
 * whatever its hooks do, unless one of them halts it with the code it means.)
 */
final class WorkerCommand {

    private final PrintStream out;
    private final PrintStream err;

    WorkerCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(ConfigurableApplicationContext context) throws InterruptedException {
        IngestSettings settings = context.getBean(IngestSettings.class);
        PartitionWorker worker = context.getBean(PartitionWorker.class);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("worker: stopping after the partitions at hand");
            worker.stop();
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.flush();
            err.flush();
            Runtime.getRuntime().halt(ExitCode.COMPLETED);
        }, "worker-stop"));
        out.println("worker: taking partitions from " + settings.warehouse() + " on " + settings.threads() + " threads");
        try {
            worker.run();
            out.println("worker: stopped");
        } finally {
            context.close();
            closed.countDown();
        }
        return ExitCode.COMPLETED;
    }
}
