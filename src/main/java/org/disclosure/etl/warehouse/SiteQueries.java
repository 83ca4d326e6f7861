package org.disclosure.etl.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

    /** row_code, total: section 3's total column summed per row over the reports of {@code place} holding facts. */
    public void applicationTotals(Partition place, RowCallbackHandler rows) {
        List<Object> parameters = new ArrayList<>();
        jdbc.query("SELECT f.row_code, SUM(f.fact_value) AS total FROM reports r JOIN facts f ON f.report_id = r.report_id"
                + " WHERE r.status IN " + ReportStatus.sql(ReportStatus.HOLDING_FACTS) + PartitionCondition.only(place, true, parameters)
                + " AND f.table_code = 's3_applications' AND f.column_code = 'total' GROUP BY f.row_code", rows, parameters.toArray());
    }

    /**
     * agency, division_code, report_year, report_id, row_code, column_code, fact_value of the cells
     * that carry over from one year to the next (applications carried over and forward, rules issued,
     * repealed and in force) of the reports of {@code place} and of its province the year before,
     * ordered by issuer and year.
     */
    public void carriedCells(Partition place, RowCallbackHandler rows) {
        List<Object> parameters = new ArrayList<>(List.of(place.year() - 1, place.year()));
        jdbc.query("SELECT r.agency, r.division_code, r.report_year, r.report_id, f.row_code, f.column_code, f.fact_value"
                + " FROM reports r JOIN facts f ON f.report_id = r.report_id"
                + " WHERE r.status IN " + ReportStatus.sql(ReportStatus.HOLDING_FACTS)
                + " AND r.report_year IN (?, ?)" + PartitionCondition.province(place, parameters)
                + " AND r.agency IS NOT NULL AND r.division_code IS NOT NULL"
                + " AND (f.table_code = 's3_applications' AND f.row_code IN ('carried_over', 'carried_forward')"
                + " OR f.table_code = 's2_rules' AND f.column_code IN ('issued', 'repealed', 'in_force'))"
                + " ORDER BY r.agency, r.division_code, r.report_year, r.report_id", rows, parameters.toArray());
    }
}
