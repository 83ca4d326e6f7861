package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warehouse whose job repository Spring Batch 5 created (its job instances numbered from
 * {@code BATCH_JOB_SEQ}) goes on working under Batch 6, on H2 and on PostgreSQL: the next run takes
 * the next instance number instead of colliding with the first run's, and loads nothing twice.
 */
class JobRepositoryUpgradeIT {

    @Test
    void anEmbeddedWarehouseOfBatchFiveRunsOn(@TempDir Path work) throws Exception {
        String url = "jdbc:h2:file:" + work.resolve("wh/db");
        runsOnAfterBatchFive(work, url, Map.of(), () -> DriverManager.getConnection(url, "", ""));
    }

    @Test
    void aPostgresWarehouseOfBatchFiveRunsOn(@TempDir Path work) throws Exception {
        try (RealPostgres postgres = RealPostgres.start(work.resolve("pgdata"))) {
            runsOnAfterBatchFive(work, postgres.url(), RealPostgres.credentials(),
                    () -> postgres.server().getPostgresDatabase().getConnection());
        }
    }

    interface Database {
        Connection open() throws Exception;
    }

    private static void runsOnAfterBatchFive(Path work, String url, Map<String, String> env, Database db) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.copy(Path.of("data/inbox/002_7023baa7cc861516.txt"), inbox.resolve("002_7023baa7cc861516.txt"));
        Jar.Result first = Jar.run(work, env, List.of(), "ingest", "--inbox=" + inbox, "--extracts=" + work.resolve("x"), "--warehouse=" + url);
        assertThat(first.exit()).as(first.out()).isZero();
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            // the repository as Batch 5 left it: its sequence under the old name, ours not yet migrated (V5 to V9)
            s.execute("DROP SEQUENCE BATCH_JOB_INSTANCE_SEQ");
            s.execute("CREATE SEQUENCE BATCH_JOB_SEQ START WITH 2");
            s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('5', '6', '7', '8', '9')");
            // and the warehouse of that time: none of the later migration's tables and indexes
            s.execute("DROP TABLE inbox_hashes");
            s.execute("DROP INDEX reports_run");
            s.execute("DROP INDEX skips_run");
            s.execute("DROP TABLE partition_marks");
            s.execute("DROP TABLE partitioned_sets");
            s.execute("DROP INDEX reports_partition");
            s.execute("ALTER TABLE reports DROP COLUMN extract_part");
            s.execute("DROP TABLE IF EXISTS INT_CHANNEL_MESSAGE"); // PostgreSQL's alone
            s.execute("DROP SEQUENCE IF EXISTS INT_MESSAGE_SEQ");
            s.execute("DROP TABLE corrections");
            s.execute("DROP TABLE correction_files");
            for (String column : List.of("method", "page", "box")) {
                s.execute("ALTER TABLE facts DROP COLUMN " + column);
            }
            s.execute("ALTER TABLE reports DROP COLUMN source_url");
            s.execute("ALTER TABLE reports DROP COLUMN retrieved_at");
            for (String column : List.of("row_code", "cells", "page", "box", "resolved_by", "neighbours")) {
                s.execute("ALTER TABLE skips DROP COLUMN " + column);
            }
        }
        Files.copy(Path.of("data/inbox/003_13daec65706afb4d.txt"), inbox.resolve("003_13daec65706afb4d.txt"));
        Jar.Result next = Jar.run(work, env, List.of(), "ingest", "--inbox=" + inbox, "--extracts=" + work.resolve("x"), "--warehouse=" + url);
        assertThat(next.exit()).as(next.out()).isZero();
        assertThat(next.out()).contains("files seen 2: loaded 1").contains("already loaded 1");
        try (Connection c = db.open(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(JOB_INSTANCE_ID) FROM BATCH_JOB_INSTANCE")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
            assertThat(rs.getLong(2)).isEqualTo(2);
        }
    }
}
