package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosure.etl.fixtures.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ways an operator's nights go wrong that are not a database outage (PostgresFaultsIT) or a
 * killed process (OperationsIT), each with the packaged jar as cron runs it: hostile files, a file
 * replaced in place, an unreadable folder, a warehouse file held by another program, a typo in the
 * job file, a file name holding a line break, a night with nothing to do.
 */
class NightlyFaultsIT {

    private static final Path SEEDS = Path.of("data/inbox");

    private static String[] ingest(Path work) {
        return new String[] {"ingest", "--inbox=" + work.resolve("inbox"), "--extracts=" + work.resolve("extracts"),
            "--warehouse=" + h2(work)};
    }

    private static String h2(Path work) {
        return "jdbc:h2:file:" + work.resolve("wh/db") + ";AUTO_SERVER=TRUE";
    }

    private static Map<String, Map<String, String>> reports(Path work) throws Exception {
        return ExtractFiles.table(work.resolve("extracts"), "reports.csv").stream().collect(Collectors.toMap(r -> r.get("source_file"), r -> r));
    }

    @Test
    void hostileFilesFailAloneWithTheirReasonAndEveryRerunGoesOn(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.copy(SEEDS.resolve("004_630953d30cc2ca0c.txt"), inbox.resolve("good.txt"));
        Files.write(inbox.resolve("nested.html"), HostileFiles.nestedHtml(100_000));
        Files.write(inbox.resolve("fonts.html"), HostileFiles.unclosedFonts(30_000));
        Files.write(inbox.resolve("grid.pdf"), HostileFiles.ruledGridPdf(700));
        Jar.Result run = Jar.run(work, List.of("-Xmx256m"), ingest(work));
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("files seen 4: loaded 1, partial 0, failed 3");
        Map<String, Map<String, String>> reports = reports(work);
        assertThat(reports.get("grid.pdf")).containsEntry("status", "failed")
                .containsEntry("error", "page 1 is ruled into 700 × 700 cells, over the limit of 10000 cells a table (not a report's table)");
        assertThat(reports.get("nested.html")).containsEntry("status", "failed").containsEntry("facts", "0");
        assertThat(reports.get("fonts.html")).containsEntry("status", "failed").containsEntry("facts", "0");
        assertThat(reports.get("good.txt")).containsEntry("status", "loaded").containsEntry("facts", "198");
        Jar.Result again = Jar.run(work, ingest(work));
        assertThat(again.exit()).as(again.out()).isZero();
    }

    @Test
    void aFileReplacedInPlaceSupersedesItsEarlierVersion(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.copy(SEEDS.resolve("002_7023baa7cc861516.txt"), inbox.resolve("report.txt"));
        Files.copy(SEEDS.resolve("001_bb64c80d06ae6591.txt"), inbox.resolve("other.txt"));
        assertThat(Jar.run(work, ingest(work)).exit()).isZero();
        assertThat(reports(work).get("report.txt")).containsEntry("facts", "198");

        // The publisher replaced the report: same path, new bytes.
        Files.copy(SEEDS.resolve("004_630953d30cc2ca0c.txt"), inbox.resolve("report.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Jar.Result second = Jar.run(work, ingest(work));
        assertThat(second.exit()).as(second.out()).isZero();
        List<Map<String, String>> rows = ExtractFiles.table(work.resolve("extracts"), "reports.csv");
        assertThat(rows).filteredOn(r -> r.get("source_file").equals("report.txt")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("jurisdiction", "盐池县大水坑镇").containsEntry("status", "loaded"));
        List<Map<String, String>> facts = ExtractFiles.table(work.resolve("extracts"), "facts.csv");
        assertThat(facts.stream().filter(f -> f.get("source_file").equals("report.txt")).map(f -> f.get("jurisdiction")).distinct())
                .containsExactly("盐池县大水坑镇");
        assertThat(facts).filteredOn(f -> f.get("source_file").equals("report.txt")).hasSize(198);
        try (Connection db = DriverManager.getConnection(h2(work), "", "");
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT status, error FROM reports WHERE source_file = 'report.txt' ORDER BY report_seq")) {
            List<String> history = new ArrayList<>();
            while (rs.next()) {
                history.add(rs.getString(1) + ": " + rs.getString(2));
            }
            assertThat(history).hasSize(2);
            assertThat(history.get(0)).startsWith("superseded: superseded by a new version of the file (report ");
            assertThat(history.get(1)).isEqualTo("loaded: null");
            assertThat(count(db, "SELECT COUNT(*) FROM facts")).as("the old version's facts are gone").isEqualTo(2 * 198);
        }
    }

    @Test
    void anUnreadableFolderIsRefusedAloneAndTakenInOnceItCanBeRead(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.copy(SEEDS.resolve("004_630953d30cc2ca0c.txt"), inbox.resolve("good.txt"));
        Path locked = Files.createDirectories(inbox.resolve("sub"));
        Files.copy(SEEDS.resolve("002_7023baa7cc861516.txt"), locked.resolve("yiyuan.txt"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        org.junit.jupiter.api.Assumptions.assumeTrue(unreadableTo(withoutRootsReadAll(), locked),
                "this machine cannot make a folder unreadable to a child process (root without setpriv)");
        try {
            Jar.Result run = Jar.run(withoutRootsReadAll(), work, Map.of(), List.of(), ingest(work));
            assertThat(run.exit()).as(run.out()).isZero();
            assertThat(reports(work).get("sub/")).containsEntry("status", "failed")
                    .containsEntry("error", "folder cannot be read: AccessDeniedException (permissions); its files wait until it can");
            assertThat(reports(work).get("good.txt")).containsEntry("status", "loaded");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Jar.Result next = Jar.run(work, ingest(work));
        assertThat(next.exit()).as(next.out()).isZero();
        assertThat(reports(work)).doesNotContainKey("sub/");
        assertThat(reports(work).get("sub/yiyuan.txt")).containsEntry("status", "loaded");
    }

    /**
     * The command as a non-root operator runs it: root reads any folder, so as root the child drops the
     * capabilities that let it (util-linux's setpriv), and a folder without permissions is unreadable to it.
     */
    /** Whether a child run under {@code launcher} is refused listing {@code folder}. */
    private static boolean unreadableTo(List<String> launcher, Path folder) throws Exception {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("ls", folder.toString()));
        Process ls;
        try {
            ls = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (java.io.IOException noSetpriv) {
            return false;
        }
        String out = new String(ls.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return ls.waitFor() != 0 && out.contains("Permission denied");
    }

    private static List<String> withoutRootsReadAll() {
        boolean root = "root".equals(System.getProperty("user.name"));
        return root ? List.of("setpriv", "--inh-caps=-dac_override,-dac_read_search",
                "--bounding-set=-dac_override,-dac_read_search") : List.of();
    }

    @Test
    void aWarehouseFileHeldByAnotherProgramExitsFourAtOnce(@TempDir Path work) throws Exception {
        Files.createDirectories(work.resolve("inbox"));
        Files.copy(SEEDS.resolve("004_630953d30cc2ca0c.txt"), work.resolve("inbox/good.txt"));
        // Another program (a SQL client, a backup) opens the file exclusively: no AUTO_SERVER.
        try (Connection other = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("wh/db"), "", "")) {
            long started = System.nanoTime();
            Jar.Result run = Jar.run(work, ingest(work));
            assertThat(run.exit()).as(run.out()).isEqualTo(ExitCode.LOCKED);
            assertThat(run.out()).contains("another ingest run holds the warehouse (the warehouse file is held open by another program")
                    .contains("nothing done");
            assertThat((System.nanoTime() - started) / 1e9).as("decided before the application starts").isLessThan(5);
        }
    }

    @Test
    void aTypoInTheJobFileIsAUsageErrorNamingTheKey(@TempDir Path work) throws Exception {
        Path job = Files.writeString(work.resolve("nightly.yml"), "ingest:\n  inbox: inbox\n  chunksize: 50\n");
        Jar.Result run = Jar.run(work, "ingest", "--job=" + job);
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).contains("unknown key ingest.chunksize (did you mean chunk-size?)");
        assertThat(work.resolve("data")).doesNotExist();
    }

    @Test
    void logLinesStayOneLineAndTheSummaryCountsWhatSkipsCsvLists(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.copy(SEEDS.resolve("000_224684a5a9443bc2.txt"), inbox.resolve("evil\nname.txt")); // section 2 is not found in it
        Jar.Result run = Jar.run(work, ingest(work));
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("skipped rows 0, sections not found 1, failed checks 0");
        assertThat(ExtractFiles.table(work.resolve("extracts"), "skips.csv")).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("reason", "SECTION_NOT_FOUND"));
        assertThat(Files.readAllLines(work.resolve("data/logs/ingest.log")))
                .anyMatch(l -> l.endsWith("files - partial evil\\nname.txt: 176 facts, 0 rows skipped, 0 checks failed (section 2 not found)"))
                .noneMatch(l -> l.startsWith("name.txt"));

        String review = Files.readString(work.resolve("extracts/review.html"));
        Jar.Result idle = Jar.run(work, ingest(work));
        assertThat(idle.out()).contains("already loaded 1");
        assertThat(work.resolve("extracts/review.html")).as("a night with nothing to do keeps the last night's page").hasContent(review);
    }

    private static int count(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
