package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What stopped every night, or deleted what an operator keeps, before issue 29, each with the packaged jar
 * as an operator or cron runs it: a machine without a UTF-8 locale, a NUL byte in a text report,
 * a site or extracts folder named by a slip, two publishes at once, a job file with impossible values.
 */
class OperatorSlipsIT {

    private static final Path SEEDS = Path.of("data/inbox");

    private static String h2(Path work) {
        return "jdbc:h2:file:" + work.resolve("wh/db") + ";AUTO_SERVER=TRUE";
    }

    /** Item 7: cron's empty environment (no LANG, no LC_ALL): Chinese names load and the province folders are written. */
    @Test
    void withoutAUtf8LocaleChineseFileNamesLoadAndTheExportWritesProvinceFolders(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("收件箱/山西省"));
        Files.copy(SEEDS.resolve("004_630953d30cc2ca0c.txt"), inbox.resolve("大水坑镇2020年政府信息公开工作年度报告.txt"));
        Files.copy(SEEDS.resolve("001_bb64c80d06ae6591.txt"), inbox.resolve("另一份报告.txt"));
        Jar.Result run = Jar.run(List.of("env", "-i"), work, Map.of(), List.of(), "ingest", "--inbox=" + work.resolve("收件箱"),
                "--extracts=" + work.resolve("提取"), "--warehouse=" + h2(work));
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("files seen 2: loaded 2, partial 0, failed 0");
        List<Map<String, String>> reports = ExtractFiles.table(work.resolve("提取"), "reports.csv");
        assertThat(reports).extracting(r -> r.get("source_file"))
                .containsExactlyInAnyOrder("山西省/另一份报告.txt", "山西省/大水坑镇2020年政府信息公开工作年度报告.txt");
        assertThat(work.resolve("提取/2020/宁夏回族自治区/0001/facts.csv")).exists();
    }

    /** Item 8: a NUL byte in a text report is no character of the report; the rest of it loads. */
    @Test
    void aNulByteInATextReportIsDroppedAndTheReportLoads(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        byte[] seed = Files.readAllBytes(SEEDS.resolve("004_630953d30cc2ca0c.txt"));
        byte[] withNul = new byte[seed.length + 2];
        System.arraycopy(seed, 0, withNul, 1, seed.length);
        withNul[seed.length + 1] = 0; // a NUL before the title and one at the end, as a download cut short leaves
        Files.write(inbox.resolve("nul.txt"), withNul);
        Jar.Result run = Jar.run(work, "ingest", "--inbox=" + inbox, "--extracts=" + work.resolve("extracts"), "--warehouse=" + h2(work));
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("loaded 1");
        assertThat(ExtractFiles.table(work.resolve("extracts"), "reports.csv").get(0)).containsEntry("facts", "198");
        for (Path extract : ExtractFiles.files(work.resolve("extracts"))) {
            assertThat(Files.readString(work.resolve("extracts").resolve(extract), StandardCharsets.UTF_8)).doesNotContain("\0");
        }
    }

    /** Item 5: publish and ingest refuse, with a usage error, folders that are not a site or extracts; nothing in them is touched. */
    @Test
    void aSiteOrExtractsFolderNamedBySlipIsRefusedAndKept(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.copy(SEEDS.resolve("004_630953d30cc2ca0c.txt"), inbox.resolve("a.txt"));
        Jar.Result first = Jar.run(work, "ingest", "--inbox=" + inbox, "--extracts=" + work.resolve("extracts"), "--warehouse=" + h2(work));
        assertThat(first.exit()).as(first.out()).isZero();

        Jar.Result slip = Jar.run(work, "publish", "--site=" + work, "--warehouse=" + h2(work));
        assertThat(slip.exit()).as(slip.out()).isEqualTo(ExitCode.USAGE);
        assertThat(slip.out()).containsPattern("site " + java.util.regex.Pattern.quote(work.toString())
                + " is a folder of other files \\([^)]*inbox[^)]*\\), not a published site: publishing replaces it whole; name a new or empty folder");
        assertThat(inbox.resolve("a.txt")).exists();
        assertThat(work.resolve("wh")).isDirectory();

        Path documents = Files.createDirectories(work.resolve("documents"));
        Files.writeString(documents.resolve("notes.txt"), "keep me");
        Jar.Result extracts = Jar.run(work, "ingest", "--inbox=" + inbox, "--extracts=" + documents, "--warehouse=" + h2(work));
        assertThat(extracts.exit()).as(extracts.out()).isEqualTo(ExitCode.USAGE);
        assertThat(extracts.out()).contains("extracts " + documents + " is a folder of other files (notes.txt), not extracts");
        assertThat(Files.readString(documents.resolve("notes.txt"))).isEqualTo("keep me");

        Jar.Result site = Jar.run(work, "publish", "--site=" + work.resolve("site"), "--warehouse=" + h2(work));
        assertThat(site.exit()).as(site.out()).isZero();
        Jar.Result again = Jar.run(work, "publish", "--site=" + work.resolve("site"), "--warehouse=" + h2(work));
        assertThat(again.exit()).as(again.out()).isZero(); // a site published before is replaced
        assertThat(work.resolve("site/index.html")).exists();
    }

    /** Item 12: a publish while another publish or an ingest holds the warehouse waits for nothing: exit 4, as ingest does. */
    @Test
    void aPublishWhileAnotherRunHoldsTheWarehouseExitsLocked(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.copy(SEEDS.resolve("004_630953d30cc2ca0c.txt"), inbox.resolve("a.txt"));
        assertThat(Jar.run(work, "ingest", "--inbox=" + inbox, "--extracts=" + work.resolve("extracts"), "--warehouse=" + h2(work)).exit())
                .isZero();
        try (var db = java.sql.DriverManager.getConnection(h2(work), "", "")) {
            db.createStatement().executeUpdate("UPDATE run_lock SET owner = 'elsewhere:1', acquired_at = CURRENT_TIMESTAMP,"
                    + " heartbeat_at = CURRENT_TIMESTAMP WHERE lock_id = 1");
        }
        Jar.Result publish = Jar.run(work, "publish", "--site=" + work.resolve("site"), "--warehouse=" + h2(work));
        assertThat(publish.exit()).as(publish.out()).isEqualTo(ExitCode.LOCKED);
        assertThat(publish.out()).contains("another ingest run holds the warehouse (elsewhere:1 since");
        assertThat(work.resolve("site")).doesNotExist();
    }

    /** Item 13: a job file with an empty section or an impossible value is a usage error naming the key. */
    @Test
    void aJobFileWithImpossibleValuesIsAUsageErrorNamingTheKey(@TempDir Path work) throws Exception {
        Path job = Files.writeString(work.resolve("job.yml"), "ingest:\n  threads: many\n");
        Jar.Result run = Jar.run(work, "ingest", "--job=" + job);
        assertThat(run.exit()).as(run.out()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).contains("job file " + job + ": ingest.threads: many is not a whole number").doesNotContain("Exception");
        Files.writeString(job, "ingest:\n");
        Jar.Result empty = Jar.run(work, "ingest", "--job=" + job);
        assertThat(empty.exit()).as(empty.out()).isEqualTo(ExitCode.USAGE);
        assertThat(empty.out()).contains("ingest: holds no settings").doesNotContain("Exception");
    }
}
