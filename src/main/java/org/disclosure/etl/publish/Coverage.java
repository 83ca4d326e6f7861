package org.disclosure.etl.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosure.etl.extract.CsvExtractWriter;
import org.disclosure.etl.jurisdiction.Division;
import org.disclosure.etl.jurisdiction.Gazetteer;
import org.disclosure.etl.warehouse.SiteQueries;

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

    private Coverage() {
    }


    /** Aggregated in the database: memory holds one entry per division and year, not per report. */
    public static List<Cell> of(SiteQueries queries, Gazetteer gazetteer) {
        Set<Integer> years = queries.years();
        Map<String, Integer> counts = new HashMap<>();
        queries.reportsPerPlace(rs -> {
                    counts.put(rs.getString(1) + "|" + rs.getInt(2), rs.getInt(3));
                });
        Map<String, String[]> best = new HashMap<>(); // division|year -> status, report id
        queries.governmentReports(rs -> {
            String key = rs.getString(1) + "|" + rs.getInt(2);
            String[] found = best.get(key);
            if (found == null || PRECEDENCE.indexOf(rs.getString(3)) < PRECEDENCE.indexOf(found[0])) {
                best.put(key, new String[] {rs.getString(3), rs.getString(4)});
            }
        });
        Set<String> named = new java.util.HashSet<>();
        counts.keySet().forEach(k -> named.add(k.substring(0, k.indexOf('|'))));
        List<Cell> cells = new ArrayList<>();
        for (Division d : gazetteer.all()) {
            if (d.level() == Division.Level.TOWNSHIP && !named.contains(d.code())) {
                continue; // townships only where a report names one
            }
            List<Division> lineage = gazetteer.lineage(d);
            String province = at(lineage, Division.Level.PROVINCE);
            String prefecture = at(lineage, Division.Level.PREFECTURE);
            String county = at(lineage, Division.Level.COUNTY);
            for (int year : years) {
                String key = d.code() + "|" + year;
                String[] found = best.get(key);
                cells.add(new Cell(year, d, province, prefecture, county, found == null ? "absent" : found[0],
                        found == null ? "" : found[1], counts.getOrDefault(key, 0)));
            }
        }
        return cells;
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
