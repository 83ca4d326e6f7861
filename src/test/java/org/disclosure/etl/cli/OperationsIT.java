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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.disclosure.etl.report.ReportReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What operators rely on, with the packaged jar as a child process: a run killed during the read
 * step and started again ends with the same extracts as an uninterrupted run; a second run exits
 * at once while the first holds the warehouse; reprocessing replaces what an older parser loaded;
 * status and schedule.
 */
class OperationsIT {

    private static final Path HONGZE = Path.of("src/test/resources/fixtures/pdf/hongze-district-2023.pdf");

    /** Distinct copies of the real PDF (a comment after %%EOF changes the bytes, not the report). */
    static Path pdfInbox(Path dir, int files) throws Exception {
        Files.createDirectories(dir);
        byte[] pdf = Files.readAllBytes(HONGZE);
        for (int i = 0; i < files; i++) {
            byte[] copy = java.util.Arrays.copyOf(pdf, pdf.length + 12);
            System.arraycopy(String.format("%%copy %05d\n", i).getBytes(StandardCharsets.US_ASCII), 0, copy, pdf.length, 12);
            Files.write(dir.resolve(String.format("hongze-%03d.pdf", i)), copy);
        }
        return dir;
    }

    /** Two reports with rows the parser skips: a section not found, and a row printed twice with other numbers. */
    private static void withSkippedRows(Path inbox) throws Exception {
        Path seed = Path.of("data/inbox/000_224684a5a9443bc2.txt");
        Files.copy(seed, inbox.resolve(seed.getFileName()));
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(seed));
        int carried = lines.indexOf(lines.stream().filter(l -> l.startsWith("二、上年结转")).findFirst().orElseThrow());
        lines.add(carried + 1, "二、上年结转政府信息公开申请数量\t\t9\t0\t0\t0\t0\t0\t9\t");
        Files.write(inbox.resolve("duplicate-row.txt"), lines);
    }

    private static String[] ingest(Path work, String name) {
        return new String[] {"ingest", "--inbox=" + work.resolve("inbox-" + name), "--extracts=" + work.resolve("extracts-" + name),
            "--warehouse=jdbc:h2:file:" + work.resolve("wh-" + name + "/db") + ";AUTO_SERVER=TRUE"};
    }

    /** Starts an ingest and returns once its read step has reported progress. */
    private static Process startAndWaitForReading(Path work, String name) throws Exception {
        Process p = Jar.start(work, List.of(), ingest(work, name));
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.contains("progress - read ")) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the pipe from filling up
                        }
                    } catch (java.io.IOException ignored) {
                        // the process was killed
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return p;
            }
        }
        throw new AssertionError("the run ended before its read step reported progress");
    }

    @Test
    void aRunKilledWhileReadingFinishesOnRestartAsIfNeverInterrupted(@TempDir Path work) throws Exception {
        for (String name : List.of("whole", "killed")) {
            withSkippedRows(pdfInbox(work.resolve("inbox-" + name), 120));
        }
        Jar.Result whole = Jar.run(work, ingest(work, "whole"));
        assertThat(whole.exit()).as(whole.out()).isZero();
        assertThat(whole.out()).contains("files seen 122: loaded 120, partial 2");

        Process killed = startAndWaitForReading(work, "killed");
        killed.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.exists(work.resolve("extracts-killed/manifest.csv"))).isFalse();
        Jar.Result dead = Jar.run(work, "status", "--warehouse=jdbc:h2:file:" + work.resolve("wh-killed/db") + ";AUTO_SERVER=TRUE");
        assertThat(dead.out()).as("a killed run is not shown running forever").contains("run 1  dead")
                .contains("its process ended without finishing it").doesNotContain("running");

        Jar.Result restarted = Jar.run(work, ingest(work, "killed"));
        assertThat(restarted.exit()).as(restarted.out()).isZero();
        assertThat(restarted.out()).contains("restarting ingest run 1").contains("ingest run 1 completed")
                .contains("files seen 122: loaded 120, partial 2, failed 0");
        ExtractFiles.assertSameSet(work.resolve("extracts-killed"), work.resolve("extracts-whole"));
        // every skip once, whether its file was read before the kill or after the restart
        assertThat(ExtractFiles.table(work.resolve("extracts-killed"), "skips.csv")).extracting(r -> r.get("source_file") + ":" + r.get("reason"))
                .containsExactlyInAnyOrder("000_224684a5a9443bc2.txt:SECTION_NOT_FOUND", "duplicate-row.txt:SECTION_NOT_FOUND",
                        "duplicate-row.txt:DUPLICATE_ROW");
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("wh-killed/db") + ";AUTO_SERVER=TRUE", "", "")) {
            assertThat(count(db, "SELECT COUNT(*) FROM facts")).isEqualTo(120 * 186 + 2 * 176);
            assertThat(count(db, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).isEqualTo(2);
        }

        Jar.Result status = Jar.run(work, "status", "--warehouse=jdbc:h2:file:" + work.resolve("wh-killed/db") + ";AUTO_SERVER=TRUE");
        assertThat(status.exit()).isZero();
        assertThat(status.out()).contains("run 1  completed").contains("(1 restart)").containsPattern("read +completed read +\\d+");
    }

    @Test
    void aSecondRunExitsAtOnceWhileTheFirstHoldsTheWarehouse(@TempDir Path work) throws Exception {
        pdfInbox(work.resolve("inbox-busy"), 400);
        Process first = startAndWaitForReading(work, "busy");
        long started = System.nanoTime();
        CompletableFuture<Long> firstEnded = first.onExit().thenApply(p -> System.nanoTime());
        long secondStarted = System.nanoTime();
        Jar.Result second = Jar.run(work, ingest(work, "busy"));
        long secondEnded = System.nanoTime();
        assertThat((secondEnded - secondStarted) / 1e9).as("the lock is tried before the application starts").isLessThan(5);
        assertThat(second.exit()).as(second.out()).isEqualTo(ExitCode.LOCKED);
        assertThat(second.out()).contains("another ingest run holds the warehouse").contains("nothing done");
        assertThat(firstEnded.get(120, TimeUnit.SECONDS)).as("the first run goes on after the second gave up").isGreaterThan(secondEnded);
        assertThat(first.exitValue()).isZero();
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(120);
        Jar.Result after = Jar.run(work, ingest(work, "busy"));
        assertThat(after.exit()).as("the lock is given back").isZero();
        assertThat(after.out()).contains("already loaded 400");
    }

    @Test
    void reprocessingReplacesWhatAnOlderParserLoaded(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox-re"));
        for (String seed : List.of("002_7023baa7cc861516.txt", "003_13daec65706afb4d.txt")) {
            Files.copy(Path.of("data/inbox", seed), inbox.resolve(seed));
        }
        assertThat(Jar.run(work, ingest(work, "re")).exit()).isZero();
        String url = "jdbc:h2:file:" + work.resolve("wh-re/db") + ";AUTO_SERVER=TRUE";
        try (Connection db = DriverManager.getConnection(url, "", "")) {
            // What an older, wrong parser would have left: a wrong number, a lost check, its version.
            db.createStatement().execute("UPDATE facts SET fact_value = 999 WHERE row_code = 'granted' AND column_code = 'natural_person'");
            db.createStatement().execute("UPDATE reports SET parser_version = '0.9'");
        }
        // The operator reorganised the inbox since: the file is found again by its content.
        Files.createDirectories(inbox.resolve("山东"));
        Files.move(inbox.resolve("002_7023baa7cc861516.txt"), inbox.resolve("山东/yiyuan.txt"));

        Jar.Result again = Jar.run(work, ingest(work, "re")[0], ingest(work, "re")[1], ingest(work, "re")[2],
                ingest(work, "re")[3], "--reprocess=all");
        assertThat(again.exit()).as(again.out()).isZero();
        Map<String, String> granted = ExtractFiles.table(work.resolve("extracts-re"), "facts.csv").stream()
                .filter(f -> f.get("row_code").equals("granted") && f.get("column_code").equals("natural_person"))
                .collect(Collectors.toMap(f -> f.get("source_file"), f -> f.get("value")));
        assertThat(granted).containsExactlyInAnyOrderEntriesOf(Map.of("002_7023baa7cc861516.txt", "82", "003_13daec65706afb4d.txt", "0"));
        try (Connection db = DriverManager.getConnection(url, "", "")) {
            assertThat(count(db, "SELECT COUNT(*) FROM facts")).isEqualTo(2 * 198);
            assertThat(count(db, "SELECT COUNT(*) FROM reports WHERE parser_version = '" + ReportReading.PARSER_VERSION + "' AND status = 'loaded'")).isEqualTo(2);
        }
    }

    @Test
    void scheduleRunsIngestWhenItsCronExpressionComesRound(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox-cron"));
        Files.copy(Path.of("data/inbox/004_630953d30cc2ca0c.txt"), inbox.resolve("004.txt"));
        Path job = work.resolve("cron.yml");
        Files.writeString(job, """
                ingest:
                  inbox: %s
                  extracts: %s
                  warehouse: jdbc:h2:file:%s;AUTO_SERVER=TRUE
                  schedule: "*/2 * * * * *"
                """.formatted(inbox, work.resolve("extracts-cron"), work.resolve("wh-cron/db")));
        Jar.Result scheduled = Jar.run(work, "schedule", "--job=" + job, "--runs=1");
        assertThat(scheduled.exit()).as(scheduled.out()).isZero();
        assertThat(scheduled.out()).contains("next ingest run at").contains("files seen 1: loaded 1");
        assertThat(work.resolve("extracts-cron/review.html")).isRegularFile();
    }

    private static int count(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
