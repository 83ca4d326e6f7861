package org.disclosure.etl.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.disclosure.etl.extract.CsvExtractWriter;
import org.disclosure.etl.jurisdiction.Division;
import org.disclosure.etl.jurisdiction.Gazetteer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether each division's own government published a report we loaded, per report year: every
 * province, prefecture and county of the gazetteer, and the townships any report names. Absence is
 * a row ({@code absent}), so that missingness is data. A government's report is one whose issuer is
 * the people's government (or a township's or street's office) of the division it is placed in;
 * a department's report counts toward {@code reports} but not toward the status.
 */
public final class Coverage {

    public static final String[] HEADER = {"report_year", "division_code", "division", "level", "province", "prefecture",
        "county", "status", "report_id", "reports"};
    private static final List<String> PRECEDENCE = List.of("loaded", "partial", "failed");

    /** One division in one year. */
    public record Cell(int year, Division division, String province, String prefecture, String county, String status,
                       String reportId, int reports) {
        boolean covered() {
            return status.equals("loaded") || status.equals("partial");
        }
    }

    private record Report(String id, String status, String agency, String jurisdiction) {
    }

    private Coverage() {
    }

    public static List<Cell> of(JdbcTemplate jdbc, Gazetteer gazetteer) {
        Map<String, Map<Integer, List<Report>>> byDivision = new HashMap<>();
        Set<Integer> years = new TreeSet<>();
        jdbc.query("SELECT report_id, status, agency, jurisdiction, division_code, report_year FROM reports"
                + " WHERE report_year IS NOT NULL AND status IN ('loaded', 'partial', 'failed')", rs -> {
                    int year = rs.getInt("report_year");
                    years.add(year);
                    String code = rs.getString("division_code");
                    if (code != null && !code.isEmpty()) {
                        byDivision.computeIfAbsent(code, k -> new HashMap<>()).computeIfAbsent(year, k -> new ArrayList<>())
                                .add(new Report(rs.getString("report_id"), rs.getString("status"), rs.getString("agency"),
                                        rs.getString("jurisdiction")));
                    }
                });
        List<Cell> cells = new ArrayList<>();
        for (Division d : gazetteer.all()) {
            if (d.level() == Division.Level.TOWNSHIP && !byDivision.containsKey(d.code())) {
                continue; // townships only where a report names one
            }
            List<Division> lineage = gazetteer.lineage(d);
            String province = at(lineage, Division.Level.PROVINCE);
            String prefecture = at(lineage, Division.Level.PREFECTURE);
            String county = at(lineage, Division.Level.COUNTY);
            for (int year : years) {
                List<Report> reports = byDivision.getOrDefault(d.code(), Map.of()).getOrDefault(year, List.of());
                Report best = null;
                for (Report r : reports) {
                    if (isGovernment(r) && (best == null || PRECEDENCE.indexOf(r.status()) < PRECEDENCE.indexOf(best.status()))) {
                        best = r;
                    }
                }
                cells.add(new Cell(year, d, province, prefecture, county, best == null ? "absent" : best.status(),
                        best == null ? "" : best.id(), reports.size()));
            }
        }
        return cells;
    }

    /** The people's government of the place, or a township's or street's office, or the place itself named as issuer. */
    static boolean isGovernment(Report r) {
        String agency = r.agency() == null ? "" : r.agency();
        return agency.endsWith("人民政府") || agency.endsWith("办事处") || agency.equals(r.jurisdiction());
    }

    private static String at(List<Division> lineage, Division.Level level) {
        return lineage.stream().filter(x -> x.level() == level).map(Division::name).findFirst().orElse("");
    }

    public static void write(List<Cell> cells, Path file) throws IOException {
        try (CsvExtractWriter out = new CsvExtractWriter(file, HEADER, Set.of(0, 9))) {
            for (Cell c : cells) {
                out.write(String.valueOf(c.year()), c.division().code(), c.division().name(), c.division().level().code(),
                        c.province(), c.prefecture(), c.county(), c.status(), c.reportId(), String.valueOf(c.reports()));
            }
            out.commit();
        }
    }
}
