package org.disclosure.etl.warehouse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import org.disclosure.etl.check.TemplateRules;
import org.disclosure.etl.document.PrintedPlace;
import java.util.Set;
import org.disclosure.etl.correction.Cell;
import org.disclosure.etl.correction.CorrectionsTemplate;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.report.RowDefinition;
import org.disclosure.etl.report.Template;
import org.disclosure.etl.review.RunReview;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads one run's review from the warehouse: the reports it registered or re-read, their skips and checks. */
public class RunReviewQuery {

    /** Rows shown per list; the extracts have them all. */
    public static final int LIMIT = 500;

    /** The files the page lists as failed: failed, and new versions set aside because they could not be read. */
    private static final String FAILED = ReportStatus.sql(ReportStatus.NOT_TAKEN);

    /** The reports whose checks the page lists: those the run read, and those whose corrections it applied (checked again). */
    private static final String CHECKED = "(r.run_id = ? OR r.report_id IN (SELECT report_id FROM corrections WHERE run_id = ?))";

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
        int skipped = jdbc.queryForObject("SELECT COUNT(*) FROM skips WHERE run_id = ? AND resolved_by IS NULL", Integer.class, runId);
        int corrected = jdbc.queryForObject("SELECT COUNT(*) FROM corrections WHERE run_id = ?", Integer.class, runId);
        int failed = jdbc.queryForObject("SELECT COUNT(*) FROM reports WHERE run_id = ? AND status IN " + FAILED, Integer.class, runId);
        int checks = jdbc.queryForObject("SELECT COUNT(*) FROM checks c JOIN reports r ON r.report_id = c.report_id WHERE " + CHECKED,
                Integer.class, runId, runId);
        return new RunReview(runId, inbox, started, seconds, statuses, alreadyLoaded == null ? 0 : alreadyLoaded,
                outcomes("province", runId), outcomes("format", runId),
                new RunReview.Listed<>(jdbc.query("SELECT source_file, format, error FROM reports WHERE run_id = ? AND status IN " + FAILED
                        + " ORDER BY source_file FETCH FIRST " + LIMIT + " ROWS ONLY",
                        (rs, i) -> new RunReview.FailedFile(rs.getString(1), rs.getString(2), rs.getString(3)), runId), failed),
                new RunReview.Listed<>(jdbc.query("SELECT r.source_file, r.sha256, s.section, s.row_label, s.raw, s.reason, s.message, "
                        + "s.row_code, s.page, s.box, s.neighbours FROM skips s JOIN reports r ON r.report_id = s.report_id "
                        + "WHERE s.run_id = ? AND s.resolved_by IS NULL ORDER BY r.source_file, s.section, s.skip_id FETCH FIRST " + LIMIT + " ROWS ONLY",
                        (rs, i) -> new RunReview.SkippedRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8), PrintedPlace.of(rs.getObject(9, Integer.class), rs.getString(10)),
                                rs.getString(11) == null ? "" : rs.getString(11)), runId), skipped),
                new RunReview.Listed<>(jdbc.query("SELECT r.source_file, r.sha256, c.rule, c.row_code, c.column_code, c.expected, c.actual, "
                        + "r.report_seq FROM checks c JOIN reports r ON r.report_id = c.report_id WHERE " + CHECKED + " "
                        + "ORDER BY r.source_file, c.rule, c.row_code, c.column_code FETCH FIRST " + LIMIT + " ROWS ONLY",
                        (rs, i) -> new RunReview.FailedCheck(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                Fact.plain(rs.getBigDecimal(6)), Fact.plain(rs.getBigDecimal(7)), tablePlace(rs.getLong(8), rs.getString(3))),
                        runId, runId), checks),
                jdbc.query("SELECT source_file, format, read_ms, status FROM reports WHERE run_id = ? AND read_ms IS NOT NULL "
                        + "ORDER BY read_ms DESC, source_file FETCH FIRST 10 ROWS ONLY",
                        (rs, i) -> new RunReview.SlowFile(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)), runId),
                new RunReview.Listed<>(jdbc.query("SELECT f.file_name, f.owner, c.line_no, r.source_file, c.table_code, c.row_code, "
                        + "c.column_code, c.fact_value, c.state, c.reason FROM corrections c JOIN correction_files f ON f.file_id = c.file_id "
                        + "LEFT JOIN reports r ON r.report_id = c.report_id WHERE c.run_id = ? ORDER BY f.file_name, c.line_no "
                        + "FETCH FIRST " + LIMIT + " ROWS ONLY",
                        (rs, i) -> new RunReview.Correction(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                                rs.getString(5) == null ? "" : rs.getString(5) + " / " + rs.getString(6) + " / " + rs.getString(7),
                                Fact.plain(rs.getBigDecimal(8)), rs.getString(9), rs.getString(10)), runId), corrected),
                jdbc.query("SELECT file_name, owner, error FROM correction_files WHERE run_id = ? AND error IS NOT NULL ORDER BY file_name",
                        (rs, i) -> new RunReview.RefusedFile(rs.getString(1), rs.getString(2), rs.getString(3)), runId));
    }

    /**
     * The run's reports' open skipped rows that name their template row, each with the columns its
     * report holds already, for {@code corrections-template.csv}.
     */
    public List<CorrectionsTemplate.SkippedRow> templateRows(long runId, Codebook codebook) {
        return jdbc.query("SELECT r.sha256, r.source_file, s.section, s.table_code, s.row_code, s.cells, r.template, r.report_seq "
                        + "FROM skips s JOIN reports r ON r.report_id = s.report_id WHERE r.run_id = ? AND r.status IN "
                        + ReportStatus.sql(ReportStatus.HOLDING_FACTS) + " AND s.row_code IS NOT NULL AND s.resolved_by IS NULL "
                        + "ORDER BY r.source_file, s.skip_id", (rs, i) -> {
                            Template template = Template.ofCode(rs.getString(7));
                            String table = rs.getString(4);
                            String row = rs.getString(5);
                            return new CorrectionsTemplate.SkippedRow(rs.getString(1), rs.getString(2), new Cell.Row(rs.getInt(3), table, row),
                                    SkipRepository.decodeCells(rs.getString(6)),
                                    codebook.row(template, table, row).map(RowDefinition::columns).orElse(List.of()),
                                    Set.copyOf(jdbc.queryForList("SELECT column_code FROM facts WHERE fact_key BETWEEN ? AND ? AND table_code = ? "
                                            + "AND row_code = ?", String.class, FactKeys.first(rs.getLong(8)), FactKeys.last(rs.getLong(8)), table, row)));
                        }, runId);
    }

    /** Where a failed check's table was printed: the rows of its section on the page of its first row. */
    private PrintedPlace tablePlace(long reportSeq, String rule) {
        int section = TemplateRules.ALL.stream().filter(r -> r.code().equals(rule)).findFirst().orElseThrow().section().number();
        List<PrintedPlace> places = jdbc.query("SELECT page, box FROM facts WHERE fact_key BETWEEN ? AND ? AND section = ? AND page IS NOT NULL "
                + "ORDER BY fact_key", (rs, i) -> PrintedPlace.of(rs.getInt(1), rs.getString(2)),
                FactKeys.first(reportSeq), FactKeys.last(reportSeq), section);
        return places.stream().reduce(PrintedPlace::union).orElse(null);
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
