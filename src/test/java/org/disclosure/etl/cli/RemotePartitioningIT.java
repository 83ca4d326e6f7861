package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.disclosure.etl.bench.synthetic.SyntheticInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --remote} over a real PostgreSQL with two worker JVMs of one thread each: started
 * with no worker, the run fails saying so; with workers, one of them killed by SIGKILL after it
 * finished a partition, the restarted run completes, every partition done once, and its extracts are
 * byte for byte those of a local run over the same inbox; SIGTERM stops the other worker with exit 0.
 */
class RemotePartitioningIT {

    private static final Pattern FINISHED = Pattern.compile("worker: finished (readPartition:partition-[0-9a-f]) of run (\\d+): completed");
    private static final Pattern STARTED = Pattern.compile("worker: started (readPartition:partition-[0-9a-f]) of run (\\d+)$");

    @Test
    void workersOnOtherProcessesReadTheRunsPartitions(@TempDir Path work) throws Exception {
        Path inbox = SyntheticInbox.ensure(work.resolve("corpus"), 160, System.out);
        Jar.Result local = Jar.run(work, "ingest", "--inbox=" + inbox, "--extracts=" + work.resolve("local"),
                "--warehouse=jdbc:h2:file:" + work.resolve("h2/db"));
        assertThat(local.exit()).as(local.out()).isZero();

        Jar.Result embedded = Jar.run(work, "ingest", "--remote", "--inbox=" + inbox, "--warehouse=jdbc:h2:file:" + work.resolve("h2/db"));
        assertThat(embedded.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(embedded.out()).contains("ingest --remote needs a PostgreSQL warehouse");
        Jar.Result embeddedWorker = Jar.run(work, "worker", "--warehouse=jdbc:h2:file:" + work.resolve("h2/db"));
        assertThat(embeddedWorker.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(embeddedWorker.out()).contains("worker needs a PostgreSQL warehouse");
        // a job file's remote: true concerns the ingest, not the commands beside it
        Path remoteJob = Files.writeString(work.resolve("remote.yml"), "ingest:\n  remote: true\n");
        Jar.Result status = Jar.run(work, "status", "--job=" + remoteJob, "--warehouse=jdbc:h2:file:" + work.resolve("h2/db"));
        assertThat(status.exit()).as(status.out()).isZero();

        try (RealPostgres postgres = RealPostgres.start(work.resolve("pgdata"))) {
            Map<String, String> credentials = RealPostgres.credentials();
            Path job = Files.writeString(work.resolve("job.yml"), "ingest:\n  threads: 1\n  worker-answer-timeout: 5s\n");
            String[] remote = {"ingest", "--remote", "--job=" + job, "--inbox=" + inbox, "--extracts=" + work.resolve("remote"),
                "--warehouse=" + postgres.url()};

            Jar.Result alone = Jar.run(work, credentials, List.of(), remote);
            assertThat(alone.exit()).as(alone.out()).isEqualTo(ExitCode.RUN_FAILED);
            assertThat(alone.out()).contains("no worker took any of the 16 partitions of step read within 5 s");

            Worker doomed = Worker.start(work, credentials, job, postgres.url());
            Worker survivor = Worker.start(work, credentials, job, postgres.url());
            Process manager = Jar.start(work, credentials, List.of(), remote);
            try {
                StringBuilder managerOut = new StringBuilder();
                Thread managerReader = new Thread(() -> {
                    try {
                        managerOut.append(new String(manager.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                    } catch (java.io.IOException e) {
                        managerOut.append(e);
                    }
                });
                managerReader.start();
                // killed in the middle of its second partition, the first finished
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while ((doomed.finished().isEmpty() || doomed.inHand().isEmpty()) && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                String inHand = doomed.inHand().orElseThrow(() -> new AssertionError(doomed.lines()));
                doomed.process().destroyForcibly(); // SIGKILL: the partition in hand goes back to the queue
                assertThat(doomed.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
                assertThat(doomed.finished()).doesNotContain(inHand);

                assertThat(manager.waitFor(300, TimeUnit.SECONDS)).isTrue();
                managerReader.join();
                assertThat(manager.exitValue()).as(managerOut.toString()).isZero();
                assertThat(managerOut.toString()).contains("restarting ingest run").contains("files seen 160");
                ExtractFiles.assertSameSet(work.resolve("remote"), work.resolve("local"));

                // each of the restarted run's 16 partitions finished once, by one worker or the other
                String run = lastRun(postgres);
                List<String> finished = new java.util.ArrayList<>();
                for (Worker w : List.of(doomed, survivor)) {
                    w.finished().stream().filter(f -> f.endsWith(" " + run)).forEach(finished::add);
                }
                assertThat(finished).doesNotHaveDuplicates().hasSize(16);
                assertThat(survivor.finished()).contains(inHand);
                // the requests of the run that no worker answered in time: dropped, the restart sent its own
                assertThat(Stream.concat(doomed.lines().stream(), survivor.lines().stream()))
                        .filteredOn(l -> l.contains("dropped readPartition:partition-") && l.contains("the run failed")).hasSize(16);
                try (Connection db = postgres.server().getPostgresDatabase().getConnection(); ResultSet rs = db.createStatement()
                        .executeQuery("SELECT COUNT(*), COUNT(DISTINCT sha256) FROM reports")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(160);
                    assertThat(rs.getInt(2)).isEqualTo(160);
                }

                survivor.process().destroy(); // SIGTERM
                assertThat(survivor.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(survivor.process().exitValue()).as(survivor.lines().toString()).isZero();
                assertThat(survivor.lines()).contains("worker: stopped");
            } finally {
                // a failed assertion leaves no process behind to poll a database that is gone
                for (Process p : List.of(doomed.process(), survivor.process(), manager)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    private static String lastRun(RealPostgres postgres) throws Exception {
        try (Connection db = postgres.server().getPostgresDatabase().getConnection(); ResultSet rs = db.createStatement()
                .executeQuery("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION")) {
            rs.next();
            return String.valueOf(rs.getLong(1));
        }
    }

    /** A worker JVM and the lines it printed so far. */
    private record Worker(Process process, Path output) {

        static Worker start(Path work, Map<String, String> credentials, Path job, String url) throws Exception {
            Path output = Files.createTempFile(work, "worker", ".out");
            return new Worker(Jar.startWritingTo(output, work, credentials, "worker", "--job=" + job, "--warehouse=" + url), output);
        }

        /** Its whole lines so far. */
        List<String> lines() {
            try {
                String all = Files.readString(output, StandardCharsets.UTF_8);
                return all.substring(0, all.lastIndexOf('\n') + 1).lines().toList();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** "partition run" of the partition it last started, if it has not finished it. */
        Optional<String> inHand() {
            List<String> lines = lines();
            return lines.isEmpty() ? Optional.empty() : Optional.of(STARTED.matcher(lines.get(lines.size() - 1)))
                    .filter(Matcher::find).map(m -> m.group(1) + " " + m.group(2));
        }

        /** "partition run" of each partition it finished. */
        List<String> finished() {
            return lines().stream().map(FINISHED::matcher).filter(Matcher::find).map(m -> m.group(1) + " " + m.group(2)).toList();
        }
    }
}
