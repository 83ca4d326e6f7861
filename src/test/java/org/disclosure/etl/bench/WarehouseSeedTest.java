package org.disclosure.etl.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.disclosure.etl.bench.synthetic.SyntheticInbox;
import org.disclosure.etl.cli.CommandLine;
import org.disclosure.etl.cli.ExtractFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The night benchmark's warehouse grows by copies of reports read for real: each copy holds what its
 * original holds (facts, checks, skips, narrative) under its own id, path and fact keys, and the next
 * night's ingest and extracts work on it as on any warehouse.
 */
class WarehouseSeedTest {

    @TempDir
    Path dir;

    @Test
    void copiesCarryEverythingTheirOriginalsHoldAndTheNextNightLoadsBesideThem() throws Exception {
        Path corpus = SyntheticInbox.ensure(dir.resolve("cache"), 5, new PrintStream(new ByteArrayOutputStream()));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        for (String name : List.of("report-000000.pdf", "report-000001.docx", "report-000002.txt", "report-000003.html")) {
            Files.copy(corpus.resolve(name), inbox.resolve(name));
        }
        String url = "jdbc:h2:file:" + dir.resolve("warehouse/w");
        assertThat(ingest(inbox, url)).isZero();
        long grown;
        long[] before;
        try (Connection db = DriverManager.getConnection(url, "", "")) {
            before = counts(db);
            grown = WarehouseSeed.grow(db, 40);
        }
        assertThat(grown).isEqualTo(40);   // 4 read for real and 9 copies of each
        try (Connection db = DriverManager.getConnection(url, "", "")) {
            long[] after = counts(db);
            for (int i = 1; i < after.length; i++) {
                assertThat(after[i]).as("table %d", i).isEqualTo(before[i] * 10);
            }
            ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(DISTINCT province), COUNT(DISTINCT report_year), "
                    + "COUNT(DISTINCT source_file) FROM reports");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(10);   // the originals' province and nine others
            assertThat(rs.getInt(2)).isEqualTo(7);   // 2021-2023, and copies up to four years earlier
            assertThat(rs.getInt(3)).isEqualTo(40);
        }

        Files.copy(corpus.resolve("report-000004.pdf"), inbox.resolve("report-000004.pdf"));
        assertThat(ingest(inbox, url)).isZero();
        List<Map<String, String>> reports = ExtractFiles.table(dir.resolve("extracts"), "reports.csv");
        assertThat(reports).hasSize(41);
        assertThat(reports.stream().filter(r -> r.get("status").equals("loaded"))).hasSize(41);
        long facts = ExtractFiles.table(dir.resolve("extracts"), "facts.csv").size();
        assertThat(facts).isEqualTo(before[1] * 10 + SyntheticInbox.report(4, "report-000004").expectedFacts().size());
    }

    /** reports, facts, checks, skips, narrative sections. */
    private static long[] counts(Connection db) throws Exception {
        long[] n = new long[5];
        String[] tables = {"reports", "facts", "checks", "skips", "narrative_sections"};
        for (int i = 0; i < tables.length; i++) {
            ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM " + tables[i]);
            rs.next();
            n[i] = rs.getLong(1);
        }
        return n;
    }

    private int ingest(Path inbox, String url) {
        return new CommandLine(new PrintStream(new ByteArrayOutputStream()), System.err).run(new String[] {"ingest", "--inbox=" + inbox,
            "--extracts=" + dir.resolve("extracts"), "--warehouse=" + url});
    }
}
