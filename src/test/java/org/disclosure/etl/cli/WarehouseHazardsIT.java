package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warehouse that stops answering, fills its disk, or is handed a NUL: each ends in bounded time
 * with a message that says what happened, answers SIGTERM, and loses nothing (issue 29, items 8, 9, 11).
 * PostgreSQL faults against the real PostgreSQL the tests start; a hung server as a listener that
 * accepts connections and never answers.
 */
class WarehouseHazardsIT {

    private static final Path SEEDS = Path.of("data/inbox");

    /** Collects a process's output as it comes; {@code until} completes when a line holds the text. */
    private static CompletableFuture<Void> collect(Process p, StringBuilder output, String until) {
        CompletableFuture<Void> seen = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (line.contains(until)) {
                        seen.complete(null);
                    }
                }
            } catch (java.io.IOException ignored) {
                // the process ended
            }
            seen.complete(null);
        });
        drain.setDaemon(true);
        drain.start();
        return seen;
    }

    /** Item 8: a NUL byte in a text report loads on PostgreSQL as on H2, and later runs go on. */
    @Test
    void aNulByteInATextReportDoesNotStopPostgresRuns(@TempDir Path work) throws Exception {
        try (RealPostgres postgres = RealPostgres.start(work.resolve("pgdata"))) {
            Path inbox = Files.createDirectories(work.resolve("inbox"));
            byte[] seed = Files.readAllBytes(SEEDS.resolve("004_630953d30cc2ca0c.txt"));
            byte[] withNul = java.util.Arrays.copyOf(seed, seed.length + 1);
            Files.write(inbox.resolve("nul.txt"), withNul);
            Files.copy(SEEDS.resolve("001_bb64c80d06ae6591.txt"), inbox.resolve("other.txt"));
            String[] ingest = {"ingest", "--inbox=" + inbox, "--extracts=" + work.resolve("extracts"), "--warehouse=" + postgres.url()};
            Jar.Result run = Jar.run(work, RealPostgres.credentials(), List.of(), ingest);
            assertThat(run.exit()).as(run.out()).isZero();
            assertThat(run.out()).contains("files seen 2: loaded 2, partial 0, failed 0");
            Jar.Result again = Jar.run(work, RealPostgres.credentials(), List.of(), ingest);
            assertThat(again.exit()).as(again.out()).isZero();
            assertThat(again.out()).contains("already loaded 2");
        }
    }

    /** Item 9: a server that accepts connections and never answers: the run says so and ends, and SIGTERM ends it at once. */
    @Test
    void aServerThatNeverAnswersEndsTheRunWithAReason(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.copy(SEEDS.resolve("004_630953d30cc2ca0c.txt"), inbox.resolve("a.txt"));
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread accepting = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // and never a byte back
                    }
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            String[] ingest = {"ingest", "--inbox=" + inbox, "--extracts=" + work.resolve("extracts"),
                "--warehouse=jdbc:postgresql://localhost:" + silent.getLocalPort() + "/postgres"};
            long started = System.nanoTime();
            Jar.Result run = Jar.run(work, RealPostgres.credentials(), List.of(), ingest);
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(run.exit()).as(run.out()).isEqualTo(ExitCode.CANNOT_START);
            assertThat(run.out()).contains("cannot start").contains("the warehouse did not answer within");
            assertThat(seconds).as("bounded by the login timeout, not by the peer").isLessThan(90);

            StringBuilder output = new StringBuilder();
            Process waiting = Jar.start(work, RealPostgres.credentials(), List.of(), ingest);
            collect(waiting, output, "\0");
            Thread.sleep(8000); // past the probe: the run waits in its start-up
            waiting.destroy(); // SIGTERM
            assertThat(waiting.waitFor(20, TimeUnit.SECONDS)).as("SIGTERM heard while the server is silent").isTrue();
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    /** Item 9: a server frozen mid-run (SIGSTOP): the run gives up after its outage budget, SIGTERM ends a waiting run, the next run completes. */
    @Test
    void aServerFrozenMidRunEndsTheRunInItsOutageBudgetAndTheNextRunCompletes(@TempDir Path work) throws Exception {
        int files = 40;
        try (RealPostgres postgres = RealPostgres.start(work.resolve("pgdata"))) {
            OperationsIT.pdfInbox(work.resolve("inbox"), files);
            Path job = Files.writeString(work.resolve("job.yml"), """
                    ingest:
                      inbox: %s
                      extracts: %s
                      warehouse: %s
                      max-database-outage: 6s
                      max-database-silence: 3s
                    spring:
                      datasource:
                        hikari:
                          connection-timeout: 3000
                    """.formatted(work.resolve("inbox"), work.resolve("extracts"), postgres.url()));
            StringBuilder output = new StringBuilder();
            Process run = Jar.start(work, RealPostgres.credentials(), List.of(), "ingest", "--job=" + job);
            collect(run, output, "progress - read ").get(120, TimeUnit.SECONDS);
            long started = System.nanoTime();
            Frozen frozen = Frozen.of(work.resolve("pgdata"));
            try {
                assertThat(run.waitFor(90, TimeUnit.SECONDS)).as(output.toString()).isTrue();
                double seconds = (System.nanoTime() - started) / 1e9;
                assertThat(run.exitValue()).as(output.toString()).isEqualTo(ExitCode.RUN_FAILED);
                assertThat(output.toString()).contains("lost the warehouse connection");
                // The budget counts the clock from the first failure; the attempt under way when it runs out still ends its
                // statements, each within the silence allowed, so the run ends within the budget and a few silences more.
                assertThat(seconds).as("the outage budget counts the wall clock, not only the pauses: " + output).isLessThan(90);

                StringBuilder second = new StringBuilder();
                Process waiting = Jar.start(work, RealPostgres.credentials(), List.of(), "ingest", "--job=" + job);
                collect(waiting, second, "\0");
                Thread.sleep(6_000);
                waiting.destroy();
                assertThat(waiting.waitFor(20, TimeUnit.SECONDS)).as("SIGTERM heard while the server is frozen: " + second).isTrue();
            } finally {
                frozen.thaw();
            }
            Jar.Result next = Jar.run(work, RealPostgres.credentials(), List.of(), "ingest", "--job=" + job);
            assertThat(next.exit()).as(next.out()).isZero();
            assertThat(next.out()).contains("restarting ingest run 1");
            assertThat(ExtractFiles.table(work.resolve("extracts"), "reports.csv")).hasSize(files)
                    .allSatisfy(r -> assertThat(r).containsEntry("status", "loaded"));
            try (Connection db = DriverManager.getConnection(postgres.url(), "postgres", "");
                 ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT fact_key) FROM facts")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(files * 186).isEqualTo(rs.getInt(2));
            }
        }
    }

    /** Item 11: a full disk under the warehouse is said as such and not retried as a lost connection. */
    @Test
    void aFullWarehouseDiskIsSaidAndNotRetried(@TempDir Path work) throws Exception {
        OperationsIT.pdfInbox(work.resolve("inbox"), 120);
        // No file may grow past 1 MB (dash counts 512-byte blocks): the warehouse's file outgrows it with a few dozen
        // reports, and the kernel answers "File too large" (EFBIG) as a full disk answers "No space left on device".
        List<String> limited = List.of("sh", "-c", "ulimit -f 2048; exec \"$0\" \"$@\"");
        long started = System.nanoTime();
        Jar.Result run = Jar.run(limited, work, java.util.Map.of(), List.of(), "ingest", "--inbox=" + work.resolve("inbox"),
                "--extracts=" + work.resolve("extracts"), "--warehouse=jdbc:h2:file:" + work.resolve("wh/db") + ";AUTO_SERVER=TRUE");
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(run.exit()).as(run.out()).isEqualTo(ExitCode.RUN_FAILED);
        assertThat(run.out()).contains("the warehouse's disk is full").doesNotContain("lost the warehouse connection");
        assertThat(seconds).isLessThan(60);
    }

    /** The processes of a PostgreSQL server stopped with SIGSTOP, as a hung host or a paused VM leaves them. */
    private record Frozen(List<String> pids) {

        static Frozen of(Path data) throws Exception {
            String postmaster = Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip();
            List<String> pids = new ArrayList<>(List.of(postmaster));
            Process children = new ProcessBuilder("pgrep", "-P", postmaster).start();
            pids.addAll(new String(children.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            children.waitFor();
            signal("-STOP", pids);
            return new Frozen(pids);
        }

        void thaw() throws Exception {
            signal("-CONT", pids);
        }

        private static void signal(String signal, List<String> pids) throws Exception {
            List<String> command = new ArrayList<>(List.of("kill", signal));
            command.addAll(pids);
            new ProcessBuilder(command).inheritIO().start().waitFor();
        }
    }
}
