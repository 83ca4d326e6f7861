package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warehouse going away under a running ingest, against a real PostgreSQL: a restart is ridden
 * out (the run waits, restarts itself where it stopped and completes); an outage longer than
 * {@code ingest.max-database-outage} ends the run, and the next run restarts it with no manual step.
 * Either way every file is loaded exactly once.
 */
class PostgresFaultsIT {

    private static final int FILES = 250;

    private static Path job(Path work, RealPostgres postgres, String outage) throws Exception {
        OperationsIT.pdfInbox(work.resolve("inbox"), FILES);
        return Files.writeString(work.resolve("job.yml"), """
                ingest:
                  inbox: %s
                  extracts: %s
                  warehouse: %s
                  max-database-outage: %s
                spring:
                  datasource:
                    hikari:
                      connection-timeout: 2000
                """.formatted(work.resolve("inbox"), work.resolve("extracts"), postgres.url(), outage));
    }

    /** Starts an ingest, returns once its read step has loaded some files; its output keeps collecting. */
    private static Process startReading(Path work, Path job, StringBuilder output) throws Exception {
        Process p = Jar.start(work, RealPostgres.credentials(), List.of(), "ingest", "--job=" + job);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Void> reading = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (line.contains("progress - read ") && !line.contains(" 0/")) {
                        reading.complete(null);
                    }
                }
            } catch (java.io.IOException ignored) {
                // the process ended
            }
            reading.complete(null);
        });
        drain.setDaemon(true);
        drain.start();
        reading.get(120, TimeUnit.SECONDS);
        return p;
    }

    private static void assertEveryFileLoadedOnce(RealPostgres postgres, Path work) throws Exception {
        assertThat(ExtractFiles.table(work.resolve("extracts"), "reports.csv")).hasSize(FILES)
                .allSatisfy(r -> assertThat(r).containsEntry("status", "loaded").containsEntry("facts", "186"));
        assertThat(ExtractFiles.table(work.resolve("extracts"), "facts.csv")).hasSize(FILES * 186);
        try (Connection db = DriverManager.getConnection(postgres.url(), "postgres", "");
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT (SELECT COUNT(*) FROM facts), (SELECT COUNT(*) FROM batch_job_instance),"
                             + " (SELECT COUNT(*) FROM batch_step_execution WHERE status IN ('STARTED', 'STARTING', 'UNKNOWN'))")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(FILES * 186);
            assertThat(rs.getInt(2)).as("one run, restarted, not a new one").isEqualTo(1);
            assertThat(rs.getInt(3)).as("nothing left looking alive in the job repository").isZero();
        }
    }

    @Test
    void aRunRidesOutARestartOfPostgresAndCompletes(@TempDir Path work) throws Exception {
        try (RealPostgres postgres = RealPostgres.start(work.resolve("pgdata"))) {
            Path job = job(work, postgres, "2m");
            StringBuilder output = new StringBuilder();
            Process run = startReading(work, job, output);
            postgres.down();
            Thread.sleep(3000); // long enough that the run's next statement surely finds no server
            postgres.up();
            assertThat(run.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(run.exitValue()).as(output.toString()).isZero();
            assertThat(output.toString()).contains("lost the warehouse connection").contains("restarting ingest run 1")
                    .contains("files seen " + FILES + ": loaded " + FILES + ", partial 0, failed 0");
            assertEveryFileLoadedOnce(postgres, work);
        }
    }

    @Test
    void aRunThatOutlastsItsOutageBudgetIsRestartedByTheNextRunWithNoManualStep(@TempDir Path work) throws Exception {
        try (RealPostgres postgres = RealPostgres.start(work.resolve("pgdata"))) {
            Path job = job(work, postgres, "3s");
            StringBuilder output = new StringBuilder();
            Process run = startReading(work, job, output);
            postgres.down();
            assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(run.exitValue()).as(output.toString()).isNotZero();
            postgres.up();

            Jar.Result status = Jar.run(work, RealPostgres.credentials(), List.of(), "status", "--job=" + job);
            assertThat(status.out()).as("the dead run is not shown running").doesNotContain("running").containsPattern("run 1 +(dead|failed)");

            Jar.Result next = Jar.run(work, RealPostgres.credentials(), List.of(), "ingest", "--job=" + job);
            assertThat(next.exit()).as(next.out()).isZero();
            assertThat(next.out()).contains("restarting ingest run 1").contains("ingest run 1 completed");
            assertEveryFileLoadedOnce(postgres, work);
        }
    }
}
