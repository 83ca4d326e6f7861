package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a harvester's accidents do to a warehouse over several nights, each night the packaged jar as
 * cron runs it, and the end compared with one clean run over the last night's inbox: nothing loaded
 * may be lost on the way.
 */
class HarvestAccidentsIT {

    private static final Path SEEDS = Path.of("data/inbox");
    static final byte[] BAD_GATEWAY = ("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1>"
            + "</center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n").getBytes(StandardCharsets.US_ASCII);

    static String[] ingest(Path work) {
        return new String[] {"ingest", "--inbox=" + work.resolve("inbox"), "--extracts=" + work.resolve("extracts"),
            "--warehouse=jdbc:h2:file:" + work.resolve("wh/db") + ";AUTO_SERVER=TRUE"};
    }

    private static Jar.Result night(Path work) throws Exception {
        Jar.Result run = Jar.run(work, ingest(work));
        assertThat(run.exit()).as(run.out()).isZero();
        return run;
    }

    private static void put(Path inbox, String name, Path seed) throws Exception {
        Files.createDirectories(inbox.resolve(name).getParent());
        Files.copy(seed, inbox.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Map<String, Map<String, String>> reports(Path work) throws Exception {
        return ExtractFiles.table(work.resolve("extracts"), "reports.csv").stream().collect(Collectors.toMap(r -> r.get("source_file"), r -> r));
    }

    /** The extracts of the nights equal, byte for byte, those of one run over the last night's inbox. */
    private static void sameAsACleanRun(Path work, Path clean) throws Exception {
        Path inbox = Files.createDirectories(clean.resolve("inbox"));
        try (var files = Files.walk(work.resolve("inbox"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                put(inbox, work.resolve("inbox").relativize(f).toString(), f);
            }
        }
        night(clean);
        ExtractFiles.assertSameSet(work.resolve("extracts"), clean.resolve("extracts"));
    }

    /** Item 1: an error page saved over a report does not delete it; the report's bytes coming back are read again. */
    @Test
    void anErrorPageSavedOverAReportLosesNothingAndTheReportsReturnIsReadAgain(@TempDir Path work, @TempDir Path clean) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        put(inbox, "r.txt", SEEDS.resolve("002_7023baa7cc861516.txt"));
        put(inbox, "s.txt", SEEDS.resolve("001_bb64c80d06ae6591.txt"));
        night(work);
        assertThat(reports(work).get("r.txt")).containsEntry("status", "loaded").containsEntry("facts", "198");

        Files.write(inbox.resolve("r.txt"), BAD_GATEWAY);
        Jar.Result errorPage = night(work);
        assertThat(errorPage.out()).contains("files seen 2: loaded 0, partial 0, failed 1");
        assertThat(reports(work).get("r.txt")).containsEntry("status", "loaded").containsEntry("facts", "198");
        assertThat(Files.readString(work.resolve("extracts/review.html")))
                .contains("<h2>Failed files (1)</h2>", "the version read before, report 90d162da2c7e7b2e, stays current");
        // Read again on request, the error page fails again and is set aside again: the report stays.
        List<String> reprocess = new java.util.ArrayList<>(List.of(ingest(work)));
        reprocess.add("--reprocess=failed");
        Jar.Result again = Jar.run(work, reprocess.toArray(String[]::new));
        assertThat(again.exit()).as(again.out()).isZero();
        assertThat(reports(work).get("r.txt")).containsEntry("status", "loaded").containsEntry("facts", "198");

        // The next night the harvester has the report again, and s.txt is replaced by another report, then comes back.
        put(inbox, "r.txt", SEEDS.resolve("002_7023baa7cc861516.txt"));
        put(inbox, "s.txt", SEEDS.resolve("003_13daec65706afb4d.txt"));
        night(work);
        assertThat(reports(work).get("s.txt")).containsEntry("report_id", "54b7ddf70945fff0");
        put(inbox, "s.txt", SEEDS.resolve("001_bb64c80d06ae6591.txt"));
        Jar.Result back = night(work);
        assertThat(back.out()).contains("loaded 1, partial 0, failed 0, duplicate 0, already loaded 1");
        assertThat(reports(work).get("s.txt")).containsEntry("report_id", "72a2b6c8564737a3").containsEntry("status", "loaded");
        sameAsACleanRun(work, clean);
    }

    /** Item 2: a backslash is part of a file's name on this system, never a folder separator. */
    @Test
    void aBackslashInAFileNameIsPartOfTheName(@TempDir Path work, @TempDir Path clean) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        put(inbox, "sub/a.txt", SEEDS.resolve("002_7023baa7cc861516.txt"));
        night(work);
        put(inbox, "sub\\a.txt", SEEDS.resolve("004_630953d30cc2ca0c.txt"));
        put(inbox, "win\\path\\report.txt", SEEDS.resolve("001_bb64c80d06ae6591.txt"));
        Jar.Result second = night(work);
        assertThat(second.out()).contains("loaded 2, partial 0, failed 0");
        Map<String, Map<String, String>> reports = reports(work);
        assertThat(reports.get("sub/a.txt")).containsEntry("status", "loaded").containsEntry("facts", "198");
        assertThat(reports.get("sub\\a.txt")).containsEntry("status", "loaded").containsEntry("report_id", "7e442a6a8d1cfc9d");
        assertThat(reports.get("win\\path\\report.txt")).containsEntry("status", "loaded");
        sameAsACleanRun(work, clean);
    }

    /** Item 3: when an original is replaced, its report moves to the file that still holds its bytes. */
    @Test
    void aDuplicateKeepsTheReportWhenItsOriginalIsReplaced(@TempDir Path work, @TempDir Path clean) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        put(inbox, "a.txt", SEEDS.resolve("002_7023baa7cc861516.txt"));
        put(inbox, "b.txt", SEEDS.resolve("002_7023baa7cc861516.txt"));
        put(inbox, "c.txt", SEEDS.resolve("002_7023baa7cc861516.txt"));
        night(work);
        assertThat(reports(work).get("b.txt")).containsEntry("status", "duplicate").containsEntry("error", "same bytes as a.txt");

        put(inbox, "a.txt", SEEDS.resolve("004_630953d30cc2ca0c.txt"));
        night(work);
        Map<String, Map<String, String>> reports = reports(work);
        assertThat(reports.get("a.txt")).containsEntry("report_id", "7e442a6a8d1cfc9d").containsEntry("status", "loaded");
        assertThat(reports.get("b.txt")).containsEntry("report_id", "90d162da2c7e7b2e").containsEntry("status", "loaded")
                .containsEntry("facts", "198");
        assertThat(reports.get("c.txt")).containsEntry("status", "duplicate").containsEntry("error", "same bytes as b.txt");
        sameAsACleanRun(work, clean);
    }
}
