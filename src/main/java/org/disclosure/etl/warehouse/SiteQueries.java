package org.disclosure.etl.warehouse;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * What the published site reads beyond the extracts: the reports it counts ({@link ReportStatus#PUBLISHED}),
 * aggregated in the database, and the facts the cross-year checks compare, streamed issuer by issuer.
 */
public final class SiteQueries {

    private static final String PUBLISHED = " FROM reports WHERE report_year IS NOT NULL AND status IN " + ReportStatus.sql(ReportStatus.PUBLISHED);
    private static final String PLACED = PUBLISHED + " AND division_code IS NOT NULL AND division_code <> ''";
    /** A government's report, as SQL finds it: the people's government, a township's or street's office, or the place itself as issuer. */
    private static final String GOVERNMENT = "(agency LIKE '%人民政府' OR agency LIKE '%办事处' OR agency = jurisdiction)";

    private final JdbcTemplate jdbc;

    public SiteQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int reports() {
        return jdbc.queryForObject("SELECT COUNT(*)" + PUBLISHED, Integer.class);
    }

    /** The years reports are published for. */
    public Set<Integer> years() {
        return new TreeSet<>(jdbc.queryForList("SELECT DISTINCT report_year" + PUBLISHED, Integer.class));
    }

    /** The years with facts, in order: one Parquet file each. */
    public List<Integer> yearsWithFacts() {
        return jdbc.queryForList("SELECT DISTINCT report_year FROM reports WHERE report_year IS NOT NULL"
                + " AND status IN " + ReportStatus.sql(ReportStatus.HOLDING_FACTS) + " ORDER BY report_year", Integer.class);
    }

    /** division_code, report_year, reports: how many reports name each place a year. */
    public void reportsPerPlace(RowCallbackHandler rows) {
        jdbc.query("SELECT division_code, report_year, COUNT(*)" + PLACED + " GROUP BY division_code, report_year", rows);
    }

    /** division_code, report_year, status, report_id of governments' reports, by report id. */
    public void governmentReports(RowCallbackHandler rows) {
        jdbc.query("SELECT division_code, report_year, status, report_id" + PLACED + " AND " + GOVERNMENT + " ORDER BY report_id", rows);
    }

    /** report_year, province, reports, places, facts, failed (checks), per year and province, in order. */
    public void catalogue(RowCallbackHandler rows) {
        jdbc.query("SELECT report_year, COALESCE(province, '') AS province, COUNT(*) AS reports, COUNT(DISTINCT division_code) AS places,"
                + " SUM(facts) AS facts, SUM(failed_checks) AS failed" + PUBLISHED + " GROUP BY report_year, COALESCE(province, '')"
                + " ORDER BY report_year, COALESCE(province, '')", rows);
    }

    /** A cell of a report that carries over from one year to the next, and its issuer. */
    public record CarriedCell(String agency, String divisionCode, int year, String reportId, String rowCode, String columnCode,
                              BigDecimal value) {
    }

    /** Section 3's total column summed per row over the reports of {@code place} holding facts. */
    public Map<String, BigDecimal> applicationTotals(Partition place) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        List<Object> parameters = new ArrayList<>();
        eachReportsCells("SELECT r.report_seq FROM reports r WHERE r.status IN " + ReportStatus.sql(ReportStatus.HOLDING_FACTS)
                        + PartitionCondition.only(place, true, parameters), parameters,
                " AND table_code = 's3_applications' AND column_code = 'total'",
                (report, cell) -> totals.merge(cell.getString(1), cell.getBigDecimal(3), BigDecimal::add));
        return totals;
    }

    /**
     * The cells that carry over from one year to the next (applications carried over and forward,
     * rules issued, repealed and in force) of the reports of {@code place} and of its province the year
     * before, ordered by issuer and year.
     */
    public void carriedCells(Partition place, Consumer<CarriedCell> cells) {
        List<Object> parameters = new ArrayList<>(List.of(place.year() - 1, place.year()));
        eachReportsCells("SELECT r.report_seq, r.agency, r.division_code, r.report_year, r.report_id FROM reports r"
                        + " WHERE r.status IN " + ReportStatus.sql(ReportStatus.HOLDING_FACTS)
                        + " AND r.report_year IN (?, ?)" + PartitionCondition.province(place, parameters)
                        + " AND r.agency IS NOT NULL AND r.division_code IS NOT NULL"
                        + " ORDER BY r.agency, r.division_code, r.report_year, r.report_id", parameters,
                " AND (table_code = 's3_applications' AND row_code IN ('carried_over', 'carried_forward')"
                        + " OR table_code = 's2_rules' AND column_code IN ('issued', 'repealed', 'in_force'))",
                (report, cell) -> cells.accept(new CarriedCell(report.getString(2), report.getString(3), report.getInt(4),
                        report.getString(5), cell.getString(1), cell.getString(2), cell.getBigDecimal(3))));
    }

    /** A report of the panel: its columns before the variables, its template, and its facts by {@code table/row/column}. */
    public record PanelReport(String[] columns, String template, Map<String, BigDecimal> facts) {
    }

    /** The reports of {@code place} holding facts, by path, each with its facts. */
    public void panelReports(Partition place, Consumer<PanelReport> reports) {
        List<Object> parameters = new ArrayList<>();
        PanelReport[] current = {null};
        eachReportsCells("SELECT r.report_seq, r.report_id, r.source_file, r.agency, r.jurisdiction, r.province, r.division_code, "
                        + "r.report_year, r.template, r.status FROM reports r WHERE r.status IN " + ReportStatus.sql(ReportStatus.HOLDING_FACTS)
                        + PartitionCondition.only(place, true, parameters) + " ORDER BY r.source_file, r.report_id", parameters, "",
                (report, cell) -> {
                    if (current[0] == null || !current[0].columns()[0].equals(report.getString(2))) {
                        if (current[0] != null) {
                            reports.accept(current[0]);
                        }
                        String[] columns = new String[9];
                        for (int i = 0; i < columns.length; i++) {
                            columns[i] = report.getString(i + 2);
                        }
                        current[0] = new PanelReport(columns, report.getString(9), new java.util.HashMap<>());
                    }
                    current[0].facts().put(cell.getString(4) + "/" + cell.getString(1) + "/" + cell.getString(2), cell.getBigDecimal(3));
                });
        if (current[0] != null) {
            reports.accept(current[0]);
        }
    }

    private interface CellHandler {
        void accept(ResultSet report, ResultSet cell) throws SQLException;
    }

    /**
     * For each report {@code reports} lists (its report_seq first), its facts that {@code factCondition}
     * keeps (row_code, column_code, fact_value): read by the report's range of the facts key, as the
     * export reads them, so that no database scans the facts of every report to find one place's.
     */
    private void eachReportsCells(String reports, List<Object> parameters, String factCondition, CellHandler handler) {
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try (PreparedStatement cellsOf = con.prepareStatement("SELECT row_code, column_code, fact_value, table_code FROM facts"
                    + " WHERE fact_key BETWEEN ? AND ?" + factCondition)) {
                jdbc.query(reports, (ResultSet report) -> {
                    cellsOf.setLong(1, FactKeys.first(report.getLong(1)));
                    cellsOf.setLong(2, FactKeys.last(report.getLong(1)));
                    try (ResultSet cell = cellsOf.executeQuery()) {
                        while (cell.next()) {
                            handler.accept(report, cell);
                        }
                    }
                }, parameters.toArray());
            }
            return null;
        });
    }
}
