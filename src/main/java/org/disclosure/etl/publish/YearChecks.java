package org.disclosure.etl.publish;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.disclosure.etl.extract.CsvExtractWriter;
import org.disclosure.etl.extract.ExtractExporter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Soft checks across years for the same issuer (the same agency placed in the same division), where
 * both years' reports are loaded: {@code CARRIED_OVER}, section 3's carried-over applications of year
 * N equal to the carried-forward of year N−1 in each column; {@code IN_FORCE}, the 2021 template's
 * rules and normative documents in force in year N equal to year N−1's plus those issued minus those
 * repealed in year N. Flags for researchers, never corrections; an issuer with two reports for one
 * year is left out of that year's comparisons (which one carries on is not known).
 */
public final class YearChecks {

    public static final String[] HEADER = {"agency", "division_code", "report_year", "report_id", "previous_year",
        "previous_report_id", "check", "row_code", "column_code", "expected", "actual", "agrees"};
    public static final String CARRIED_OVER = "CARRIED_OVER";
    public static final String IN_FORCE = "IN_FORCE";

    /** One comparison: {@code expected} from year N−1 (and N's issued and repealed), {@code actual} as year N states it. */
    public record Comparison(String agency, String divisionCode, int year, String reportId, int previousYear,
                             String previousReportId, String check, String rowCode, String columnCode, BigDecimal expected,
                             BigDecimal actual) {
        public boolean agrees() {
            return expected.compareTo(actual) == 0;
        }
    }

    private record Issued(String reportId, Map<String, BigDecimal> facts) {
    }

    private YearChecks() {
    }

    public static List<Comparison> of(JdbcTemplate jdbc) {
        // issuer -> year -> reports of that year (more than one: ambiguous)
        Map<String, TreeMap<Integer, List<Issued>>> issuers = new TreeMap<>();
        Map<String, Issued> byId = new HashMap<>();
        jdbc.query("SELECT r.report_id, r.agency, r.division_code, r.report_year, f.table_code, f.row_code, f.column_code, f.fact_value"
                + " FROM reports r JOIN facts f ON f.report_id = r.report_id"
                + " WHERE r.status IN ('loaded', 'partial') AND r.report_year IS NOT NULL AND r.agency IS NOT NULL AND r.division_code IS NOT NULL"
                + " AND (f.row_code IN ('carried_over', 'carried_forward') AND f.table_code = 's3_applications'"
                + " OR f.table_code = 's2_rules' AND f.column_code IN ('issued', 'repealed', 'in_force'))"
                + " ORDER BY r.report_id", rs -> {
                    String id = rs.getString("report_id");
                    Issued issued = byId.computeIfAbsent(id, k -> {
                        Issued created = new Issued(k, new HashMap<>());
                        try {
                            issuers.computeIfAbsent(rs.getString("agency") + "\u0000" + rs.getString("division_code"), i -> new TreeMap<>())
                                    .computeIfAbsent(rs.getInt("report_year"), y -> new ArrayList<>()).add(created);
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                        return created;
                    });
                    issued.facts().put(rs.getString("row_code") + "." + rs.getString("column_code"), rs.getBigDecimal("fact_value"));
                });
        List<Comparison> out = new ArrayList<>();
        issuers.forEach((issuer, years) -> {
            String[] key = issuer.split("\u0000", 2);
            years.forEach((year, reports) -> {
                List<Issued> before = years.get(year - 1);
                if (reports.size() != 1 || before == null || before.size() != 1) {
                    return;
                }
                Issued now = reports.get(0);
                Issued then = before.get(0);
                now.facts().forEach((cell, value) -> {
                    String[] rc = cell.split("\\.", 2);
                    if (rc[0].equals("carried_over")) {
                        BigDecimal forward = then.facts().get("carried_forward." + rc[1]);
                        if (forward != null) {
                            out.add(new Comparison(key[0], key[1], year, now.reportId(), year - 1, then.reportId(), CARRIED_OVER,
                                    rc[0], rc[1], forward, value));
                        }
                    } else if (rc[1].equals("in_force")) {
                        BigDecimal previous = then.facts().get(rc[0] + ".in_force");
                        BigDecimal issuedNow = now.facts().get(rc[0] + ".issued");
                        BigDecimal repealedNow = now.facts().get(rc[0] + ".repealed");
                        if (previous != null && issuedNow != null && repealedNow != null) {
                            out.add(new Comparison(key[0], key[1], year, now.reportId(), year - 1, then.reportId(), IN_FORCE,
                                    rc[0], rc[1], previous.add(issuedNow).subtract(repealedNow), value));
                        }
                    }
                });
            });
        });
        out.sort(java.util.Comparator.comparing(Comparison::agency).thenComparing(Comparison::divisionCode)
                .thenComparingInt(Comparison::year).thenComparing(Comparison::check).thenComparing(Comparison::rowCode)
                .thenComparing(Comparison::columnCode));
        return out;
    }

    public static void write(List<Comparison> comparisons, Path file) throws IOException {
        try (CsvExtractWriter out = new CsvExtractWriter(file, HEADER, Set.of(2, 4, 9, 10))) {
            for (Comparison c : comparisons) {
                out.write(c.agency(), c.divisionCode(), String.valueOf(c.year()), c.reportId(), String.valueOf(c.previousYear()),
                        c.previousReportId(), c.check(), c.rowCode(), c.columnCode(), ExtractExporter.plain(c.expected()),
                        ExtractExporter.plain(c.actual()), String.valueOf(c.agrees()));
            }
            out.commit();
        }
    }
}
