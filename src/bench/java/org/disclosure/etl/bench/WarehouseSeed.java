package org.disclosure.etl.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Grows a warehouse that holds a few reports read for real into one of any size, in the database:
 * each report is copied with its facts, checks, skips and narrative under new ids, paths and keys,
 * spread over the 31 provinces and five years, so that a night's run lands in a warehouse shaped like
 * a national one without reading its files. The same SQL runs on H2 and PostgreSQL.
 */
final class WarehouseSeed {

    /** Report sequence numbers below this are the reports read for real; copy k's are {@code k * STRIDE + seq}. */
    static final int STRIDE = 64;
    /** Copies inserted per statement: one transaction each, small enough for H2's undo log. */
    private static final int COPIES_PER_STATEMENT = 250;
    private static final List<String> PROVINCES = List.of("北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省",
            "黑龙江省", "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省",
            "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省",
            "宁夏回族自治区", "新疆维吾尔自治区");
    private static final String COPIES = " CROSS JOIN bench_copies c WHERE c.k BETWEEN ? AND ?";

    private WarehouseSeed() {
    }

    /** Copies the warehouse's reports until it holds about {@code reports}; returns how many it holds. */
    static long grow(Connection db, long reports) throws SQLException {
        db.setAutoCommit(false);
        long real = count(db, "SELECT COUNT(*) FROM reports WHERE report_seq < " + STRIDE);
        if (real == 0 || real >= STRIDE) {
            throw new IllegalStateException("seed from 1 to " + (STRIDE - 1) + " reports read for real, not " + real);
        }
        long copies = Math.max(0, (reports - real + real - 1) / real);
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE bench_copies (k INTEGER NOT NULL PRIMARY KEY, province VARCHAR(100) NOT NULL)");
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench_copies (k, province) VALUES (?, ?)")) {
            for (int k = 1; k <= copies; k++) {
                insert.setInt(1, k);
                insert.setString(2, PROVINCES.get(k % PROVINCES.size()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        db.commit();
        // the originals apart first, so that each copy reads a few rows, not the growing tables
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE bench_reports AS SELECT * FROM reports WHERE report_seq < " + STRIDE);
            for (String table : List.of("facts", "checks", "skips", "narrative_sections")) {
                s.execute("CREATE TABLE bench_" + table + " AS SELECT x.*, r.report_seq AS seq FROM " + table
                        + " x JOIN reports r ON r.report_id = x.report_id WHERE r.report_seq < " + STRIDE);
            }
        }
        db.commit();
        String[] statements = {
            "INSERT INTO reports (report_id, source_file, sha256, format, status, error, title, jurisdiction, agency, level, province,"
                + " prefecture, county, division_code, report_year, template, facts, skipped_rows, failed_checks, warnings, parser_version,"
                + " run_id, registered_at, report_seq)"
                + " SELECT " + newId("r.report_seq") + ", 'seed/' || CAST(c.k AS VARCHAR(12)) || '/' || r.source_file,"
                + " LPAD(CAST(" + newSeq("r.report_seq") + " AS VARCHAR(64)), 64, '0'), r.format, r.status, r.error, r.title, r.jurisdiction,"
                + " r.agency, r.level, c.province, r.prefecture, r.county, r.division_code, r.report_year - MOD(c.k, 5), r.template, r.facts,"
                + " r.skipped_rows, r.failed_checks, r.warnings, r.parser_version, r.run_id, r.registered_at, " + newSeq("r.report_seq")
                + " FROM bench_reports r" + COPIES,
            "INSERT INTO facts (fact_key, report_id, section, table_code, row_code, column_code, fact_value, unit, raw)"
                + " SELECT x.fact_key + CAST(c.k AS BIGINT) * " + STRIDE + " * 1024, " + newId("x.seq") + ", x.section, x.table_code,"
                + " x.row_code, x.column_code, x.fact_value, x.unit, x.raw FROM bench_facts x" + COPIES,
            "INSERT INTO checks (report_id, rule, row_code, column_code, expected, actual, message)"
                + " SELECT " + newId("x.seq") + ", x.rule, x.row_code, x.column_code, x.expected, x.actual, x.message FROM bench_checks x" + COPIES,
            "INSERT INTO skips (run_id, report_id, section, table_code, row_label, raw, reason, message)"
                + " SELECT x.run_id, " + newId("x.seq") + ", x.section, x.table_code, x.row_label, x.raw, x.reason, x.message"
                + " FROM bench_skips x" + COPIES,
            "INSERT INTO narrative_sections (report_id, section, heading, body)"
                + " SELECT " + newId("x.seq") + ", x.section, x.heading, x.body FROM bench_narrative_sections x" + COPIES};
        for (long from = 1; from <= copies; from += COPIES_PER_STATEMENT) {
            for (String sql : statements) {
                try (PreparedStatement copy = db.prepareStatement(sql)) {
                    copy.setLong(1, from);
                    copy.setLong(2, Math.min(copies, from + COPIES_PER_STATEMENT - 1));
                    copy.executeUpdate();
                }
            }
            db.commit();
        }
        try (Statement s = db.createStatement()) {
            for (String table : List.of("copies", "reports", "facts", "checks", "skips", "narrative_sections")) {
                s.execute("DROP TABLE bench_" + table);
            }
            // the next reports registered are numbered after the copies, as after any load (a night's 30 would run into copy 1)
            s.execute("ALTER TABLE reports ALTER COLUMN report_seq RESTART WITH " + (count(db, "SELECT MAX(report_seq) FROM reports") + 1));
            // the copies change the partitions they are in, as a night's loads mark theirs: the next export writes them
            s.execute("INSERT INTO partition_marks (report_year, province) SELECT DISTINCT report_year, province FROM reports");
            s.execute("ANALYZE");
        }
        db.commit();
        return count(db, "SELECT COUNT(*) FROM reports");
    }

    /** Copy k's report sequence number, from its original's. */
    private static String newSeq(String originalSeq) {
        return "(c.k * " + STRIDE + " + " + originalSeq + ")";
    }

    private static String newId(String originalSeq) {
        return "LPAD(CAST(" + newSeq(originalSeq) + " AS VARCHAR(16)), 16, '0')";
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
