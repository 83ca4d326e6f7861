package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same inbox ingested into H2 and into a real PostgreSQL 17 (started by the test from
 * Maven-packaged binaries, no Docker): the same migrations, the same extracts byte for byte, and a
 * rerun that loads nothing twice. Credentials come from the environment, as operators pass them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresIngestIT {

    private RealPostgres postgres;

    @BeforeAll
    void startPostgres(@TempDir Path data) throws Exception {
        postgres = RealPostgres.start(data.resolve("pgdata"));
    }

    @AfterAll
    void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void postgresWarehouseGivesTheSameExtractsAsH2(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        try (var files = Files.list(Path.of("data/inbox"))) {
            for (Path f : files.toList()) {
                Files.copy(f, inbox.resolve(f.getFileName()));
            }
        }
        for (String f : List.of("docx/template-2021-blanks.docx", "html/site-2019-gbk.html", "bad/scanned.pdf")) {
            Files.copy(Path.of("src/test/resources/fixtures", f), inbox.resolve(Path.of(f).getFileName()));
        }
        // A row printed twice, the second time with other numbers: only the first printing loads.
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of("data/inbox/000_224684a5a9443bc2.txt")));
        int carried = lines.indexOf(lines.stream().filter(l -> l.startsWith("二、上年结转")).findFirst().orElseThrow());
        lines.add(carried + 1, "二、上年结转政府信息公开申请数量\t\t9\t0\t0\t0\t0\t0\t9\t");
        Files.write(inbox.resolve("duplicate-row.txt"), lines);
        Jar.Result h2 = Jar.run(work, "ingest", "--inbox=" + inbox, "--extracts=" + work.resolve("h2"),
                "--warehouse=jdbc:h2:file:" + work.resolve("wh/db"));
        assertThat(h2.exit()).as(h2.out()).isZero();
        assertThat(ExtractFiles.table(work.resolve("h2"), "skips.csv")).anySatisfy(s -> assertThat(s)
                .containsEntry("source_file", "duplicate-row.txt").containsEntry("reason", "DUPLICATE_ROW"));
        assertThat(ExtractFiles.table(work.resolve("h2"), "facts.csv")).filteredOn(f -> f.get("source_file").equals("duplicate-row.txt")
                        && f.get("row_code").equals("carried_over") && f.get("column_code").equals("natural_person"))
                .singleElement().satisfies(f -> assertThat(f).containsEntry("value", "0"));

        String url = postgres.url();
        Map<String, String> credentials = RealPostgres.credentials();
        Jar.Result pg = Jar.run(work, credentials, List.of(), "ingest", "--inbox=" + inbox, "--extracts=" + work.resolve("pg"),
                "--warehouse=" + url);
        assertThat(pg.exit()).as(pg.out()).isZero();
        assertThat(pg.out()).contains("files seen 10: loaded 7, partial 2, failed 1");
        ExtractFiles.assertSameSet(work.resolve("pg"), work.resolve("h2"));
        // The published site from either warehouse: the same data files.
        Jar.Result pgSite = Jar.run(work, credentials, List.of(), "publish", "--warehouse=" + url, "--site=" + work.resolve("pg-site"));
        assertThat(pgSite.exit()).as(pgSite.out()).isZero();
        Jar.Result h2Site = Jar.run(work, "publish", "--warehouse=jdbc:h2:file:" + work.resolve("wh/db"), "--site=" + work.resolve("h2-site"));
        assertThat(h2Site.exit()).as(h2Site.out()).isZero();
        ExtractFiles.assertSameSet(work.resolve("pg-site/data"), work.resolve("h2-site/data"));

        Jar.Result again = Jar.run(work, credentials, List.of(), "ingest", "--inbox=" + inbox, "--extracts=" + work.resolve("pg"),
                "--warehouse=" + url);
        assertThat(again.exit()).as(again.out()).isZero();
        assertThat(again.out()).contains("already loaded 10").contains("facts 0");
        try (Connection db = postgres.server().getPostgresDatabase().getConnection();
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT COUNT(*), (SELECT COUNT(*) FROM flyway_schema_history WHERE success) FROM facts")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(ExtractFiles.table(work.resolve("h2"), "facts.csv").size());
            assertThat(rs.getInt(2)).as("migrations applied").isEqualTo(9);
        }
    }
}
