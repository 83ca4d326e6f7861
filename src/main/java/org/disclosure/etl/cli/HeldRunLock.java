package org.disclosure.etl.cli;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.disclosure.etl.warehouse.RunLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warehouse's run lock held by this process for as long as a command writes (an ingest, a
 * publish), its heartbeat refreshed so that other hosts see it alive; given back on close.
 */
final class HeldRunLock implements AutoCloseable {

    private static final long HEARTBEAT_SECONDS = 20;
    private static final Logger log = LoggerFactory.getLogger(HeldRunLock.class);

    private final RunLock lock;
    private final String owner;
    private final ScheduledExecutorService heartbeat;
    private final PrintStream err;

    private HeldRunLock(RunLock lock, String owner, PrintStream err) {
        this.lock = lock;
        this.owner = owner;
        this.err = err;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "run-lock-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleAtFixedRate(() -> {
            try {
                lock.heartbeat(owner);
            } catch (RuntimeException e) {
                // the warehouse is away: the run retries its work; a failed beat must not end the beating
                log.warn("run lock heartbeat failed: {}", CommandLine.rootMessage(e));
            }
        }, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** The lock, taken; empty (and the holder said on {@code err}) where another run holds it. */
    static Optional<HeldRunLock> take(RunLock lock, PrintStream err) {
        String owner = RunLock.self();
        Optional<String> holder = lock.tryAcquire(owner);
        if (holder.isPresent()) {
            err.println(busy(holder.get()));
            return Optional.empty();
        }
        return Optional.of(new HeldRunLock(lock, owner, err));
    }

    /** What a command that finds the warehouse held says before it exits with {@link ExitCode#LOCKED}. */
    static String busy(String holder) {
        return "disclosure-etl: another ingest run holds the warehouse (" + holder + "); nothing done";
    }

    @Override
    public void close() {
        stopBeating();
        try {
            lock.release(owner);
        } catch (RuntimeException e) {
            err.println("disclosure-etl: could not give back the run lock (" + CommandLine.rootMessage(e)
                    + "); the next run on this host takes it over");
        }
    }

    /** Lets a beat under way finish (interrupted, its JDBC call would fail and log a false alarm), then stops. */
    private void stopBeating() {
        heartbeat.shutdown();
        try {
            if (!heartbeat.awaitTermination(5, TimeUnit.SECONDS)) {
                heartbeat.shutdownNow();
            }
        } catch (InterruptedException e) {
            heartbeat.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
