package org.disclosure.etl.warehouse;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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

    /** report_year, row_code, total: section 3's total column summed per year and row over reports holding facts, of {@code years} (null: all). */
    public void applicationTotals(Collection<Integer> years, RowCallbackHandler rows) {
        jdbc.query("SELECT r.report_year, f.row_code, SUM(f.fact_value) AS total FROM facts f JOIN reports r ON r.report_id = f.report_id"
                + " WHERE r.status IN " + ReportStatus.sql(ReportStatus.HOLDING_FACTS) + " AND r.report_year IS NOT NULL" + inYears(years)
                + " AND f.table_code = 's3_applications' AND f.column_code = 'total' GROUP BY r.report_year, f.row_code", rows);
    }

    /**
     * agency, division_code, report_year, report_id, row_code, column_code, fact_value of the cells
     * that carry over from one year to the next (applications carried over and forward, rules issued,
     * repealed and in force) of reports of {@code years} (null: all), ordered by issuer and year.
     */
    public void carriedCells(Collection<Integer> years, RowCallbackHandler rows) {
        jdbc.query("SELECT r.agency, r.division_code, r.report_year, r.report_id, f.row_code, f.column_code, f.fact_value"
                + " FROM reports r JOIN facts f ON f.report_id = r.report_id"
                + " WHERE r.status IN " + ReportStatus.sql(ReportStatus.HOLDING_FACTS)
                + " AND r.report_year IS NOT NULL AND r.agency IS NOT NULL AND r.division_code IS NOT NULL" + inYears(years)
                + " AND (f.table_code = 's3_applications' AND f.row_code IN ('carried_over', 'carried_forward')"
                + " OR f.table_code = 's2_rules' AND f.column_code IN ('issued', 'repealed', 'in_force'))"
                + " ORDER BY r.agency, r.division_code, r.report_year, r.report_id", rows);
    }

    /** A condition on the reports' year: among {@code years}, or none when null. */
    private static String inYears(Collection<Integer> years) {
        return years == null ? "" : years.isEmpty() ? " AND 1 = 0"
                : years.stream().map(String::valueOf).collect(Collectors.joining(", ", " AND r.report_year IN (", ")"));
    }
}
