package org.disclosure.etl.warehouse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.review.RunReview;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads one run's review from the warehouse: the reports it registered or re-read, their skips and checks. */
public class RunReviewQuery {

    /** Rows shown per list; the extracts have them all. */
    public static final int LIMIT = 500;

    /** The files the page lists as failed: failed, and new versions set aside because they could not be read. */
    private static final String FAILED = ReportStatus.sql(ReportStatus.NOT_TAKEN);

    private final JdbcTemplate jdbc;

    public RunReviewQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public RunReview of(long runId, String inbox, String started, double seconds) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM reports WHERE run_id = ? GROUP BY status ORDER BY status",
                rs -> {
                    statuses.merge(asShown(rs.getString(1)), rs.getInt(2), Integer::sum);
                }, runId);
        Integer alreadyLoaded = jdbc.query("SELECT already_loaded FROM runs WHERE run_id = ?",
                rs -> rs.next() ? rs.getInt(1) : 0, runId);
        int skipped = jdbc.queryForObject("SELECT COUNT(*) FROM skips WHERE run_id = ?", Integer.class, runId);
        int failed = jdbc.queryForObject("SELECT COUNT(*) FROM reports WHERE run_id = ? AND status IN " + FAILED, Integer.class, runId);
        int checks = jdbc.queryForObject("SELECT COUNT(*) FROM checks c JOIN reports r ON r.report_id = c.report_id WHERE r.run_id = ?",
                Integer.class, runId);
        return new RunReview(runId, inbox, started, seconds, statuses, alreadyLoaded == null ? 0 : alreadyLoaded,
                outcomes("province", runId), outcomes("format", runId),
                new RunReview.Listed<>(jdbc.query("SELECT source_file, format, error FROM reports WHERE run_id = ? AND status IN " + FAILED
                        + " ORDER BY source_file FETCH FIRST " + LIMIT + " ROWS ONLY",
                        (rs, i) -> new RunReview.FailedFile(rs.getString(1), rs.getString(2), rs.getString(3)), runId), failed),
                new RunReview.Listed<>(jdbc.query("SELECT r.source_file, s.section, s.row_label, s.raw, s.reason, s.message FROM skips s "
                        + "JOIN reports r ON r.report_id = s.report_id WHERE s.run_id = ? ORDER BY r.source_file, s.section, s.skip_id "
                        + "FETCH FIRST " + LIMIT + " ROWS ONLY",
                        (rs, i) -> new RunReview.SkippedRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6)), runId), skipped),
                new RunReview.Listed<>(jdbc.query("SELECT r.source_file, c.rule, c.row_code, c.column_code, c.expected, c.actual FROM checks c "
                        + "JOIN reports r ON r.report_id = c.report_id WHERE r.run_id = ? ORDER BY r.source_file, c.rule, c.row_code, c.column_code "
                        + "FETCH FIRST " + LIMIT + " ROWS ONLY",
                        (rs, i) -> new RunReview.FailedCheck(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                Fact.plain(rs.getBigDecimal(5)), Fact.plain(rs.getBigDecimal(6))), runId), checks),
                jdbc.query("SELECT source_file, format, read_ms, status FROM reports WHERE run_id = ? AND read_ms IS NOT NULL "
                        + "ORDER BY read_ms DESC, source_file FETCH FIRST 10 ROWS ONLY",
                        (rs, i) -> new RunReview.SlowFile(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)), runId));
    }

    /** A version set aside is a file that failed, to the operator: the page counts it so. */
    private static String asShown(String status) {
        return status.equals("set_aside") ? "failed" : status;
    }

    private Map<String, Map<String, Integer>> outcomes(String column, long runId) {
        Map<String, Map<String, Integer>> outcomes = new TreeMap<>();
        jdbc.query("SELECT COALESCE(" + column + ", ''), status, COUNT(*) FROM reports WHERE run_id = ? GROUP BY "
                + column + ", status", rs -> {
                    outcomes.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).merge(asShown(rs.getString(2)), rs.getInt(3), Integer::sum);
                }, runId);
        return outcomes;
    }

}
