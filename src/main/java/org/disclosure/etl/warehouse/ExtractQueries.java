package org.disclosure.etl.warehouse;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * What the extracts read: the reports the extracts list ({@link ReportStatus#SETTLED}), and the facts
 * and checks of those holding facts, each streamed in the order its files are written: partition by
 * partition ({@link Partition}), each partition's rows by path. Each takes the partition to read, or
 * null for all of them.
 */
public final class ExtractQueries {

    private static final String REPORT_COLUMNS = "r.report_id, r.source_file, r.province, r.division_code, r.jurisdiction, r.report_year,"
            + " r.template, r.report_seq, r.extract_part";
    private static final String FACTS_OF_REPORT = "SELECT section, table_code, row_code, column_code, fact_value, unit, raw, method, page, box FROM facts"
            + " WHERE fact_key BETWEEN ? AND ?";
    private static final String SETTLED = "r.status IN " + ReportStatus.sql(ReportStatus.SETTLED);
    private static final String HOLDING_FACTS = "r.status IN " + ReportStatus.sql(ReportStatus.HOLDING_FACTS);
    /** A partition's rows together: an empty province and none are one partition. */
    private static final String BY_PARTITION = "r.report_year NULLS LAST, COALESCE(r.province, ''), r.extract_part, r.source_file";

    /** A fact as the warehouse holds it. */
    public record StoredFact(String section, String tableCode, String rowCode, String columnCode, BigDecimal value, String unit,
                             String raw, String method, String page, String box) {
    }

    /** A loaded report's columns of facts.csv (report_id to template), its partition and its facts. */
    public record StoredReport(String[] report, Partition partition, List<StoredFact> facts) {
    }

    private final JdbcTemplate jdbc;

    /** @param jdbc with a fetch size, in a read-only transaction: PostgreSQL then streams */
    public ExtractQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The partitions of {@code among} (null: any) that hold a report listed. */
    public Set<Partition> partitions(Collection<Partition> among) {
        if (among == null) {
            return new TreeSet<>(jdbc.query("SELECT DISTINCT r.report_year, r.province, r.extract_part FROM reports r WHERE " + SETTLED,
                    (rs, i) -> Partition.of(rs.getString(1), rs.getString(2), rs.getString(3))));
        }
        Set<Partition> holding = new TreeSet<>();
        for (Partition p : among) {
            List<Object> parameters = new ArrayList<>();
            if (!jdbc.queryForList("SELECT r.report_id FROM reports r WHERE " + SETTLED + PartitionCondition.only(p, false, parameters)
                    + " FETCH FIRST 1 ROWS ONLY", String.class, parameters.toArray()).isEmpty()) {
                holding.add(p);
            }
        }
        return holding;
    }

    /** Every column of the reports listed. */
    public void reports(Partition partition, RowCallbackHandler rows) {
        List<Object> parameters = new ArrayList<>();
        String only = PartitionCondition.only(partition, false, parameters);
        jdbc.query("SELECT r.* FROM reports r WHERE " + SETTLED + only + " ORDER BY " + BY_PARTITION + ", r.report_id", rows,
                parameters.toArray());
    }

    /** report_id, source_file, rule, row_code, column_code, expected, actual, message, province, report_year, extract_part. */
    public void checks(Partition partition, RowCallbackHandler rows) {
        List<Object> parameters = new ArrayList<>();
        String only = PartitionCondition.only(partition, false, parameters);
        jdbc.query("SELECT r.report_id, r.source_file, c.rule, c.row_code, c.column_code, c.expected, c.actual, c.message, r.province, "
                + "r.report_year, r.extract_part FROM checks c JOIN reports r ON r.report_id = c.report_id WHERE " + HOLDING_FACTS + only
                + " ORDER BY " + BY_PARTITION + ", c.rule, c.row_code, c.column_code", rows, parameters.toArray());
    }

    /**
     * run_id, report_id, source_file, section, table_code, row_label, raw, reason, message, row_code, resolved ({@code manual}
     * where a correction completed the row), province, report_year, extract_part.
     */
    public void skips(Partition partition, RowCallbackHandler rows) {
        List<Object> parameters = new ArrayList<>();
        String only = PartitionCondition.only(partition, false, parameters);
        jdbc.query("SELECT s.run_id, r.report_id, r.source_file, s.section, s.table_code, s.row_label, s.raw, s.reason, s.message, "
                + "s.row_code, CASE WHEN s.resolved_by IS NULL THEN NULL ELSE 'manual' END, r.province, r.report_year, r.extract_part FROM skips s JOIN reports r ON r.report_id = s.report_id WHERE " + SETTLED + only
                + " ORDER BY " + BY_PARTITION + ", s.section, s.skip_id", rows, parameters.toArray());
    }

    /**
     * Streams the facts of loaded reports in report order, handing over one report's facts at a time.
     * Each report's facts are one range of the facts key, read through one prepared statement, so no
     * database sorts the whole facts table, and memory holds the few reports being formatted.
     */
    public void forEachReportsFacts(Partition partition, Consumer<StoredReport> perReport) {
        List<Object> parameters = new ArrayList<>();
        String only = PartitionCondition.only(partition, false, parameters);
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try (PreparedStatement factsOf = con.prepareStatement(FACTS_OF_REPORT)) {
                jdbc.query("SELECT " + REPORT_COLUMNS + " FROM reports r WHERE " + HOLDING_FACTS + only + " ORDER BY " + BY_PARTITION
                                + ", r.report_id", (ResultSet rs) -> {
                            String[] report = new String[7];
                            for (int i = 0; i < report.length; i++) {
                                report[i] = rs.getString(i + 1);
                            }
                            List<StoredFact> facts = factsOf(factsOf, rs.getLong(8));
                            if (!facts.isEmpty()) {
                                perReport.accept(new StoredReport(report, Partition.of(report[5], report[2], rs.getString(9)), facts));
                            }
                        }, parameters.toArray());
            }
            return null;
        });
    }

    private static List<StoredFact> factsOf(PreparedStatement factsOf, long reportSeq) throws SQLException {
        factsOf.setLong(1, FactKeys.first(reportSeq));
        factsOf.setLong(2, FactKeys.last(reportSeq));
        List<StoredFact> facts = new ArrayList<>();
        try (ResultSet rs = factsOf.executeQuery()) {
            while (rs.next()) {
                facts.add(new StoredFact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
            }
        }
        return facts;
    }
}
