package org.disclosure.etl.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclosure.etl.jurisdiction.Division;
import org.disclosure.etl.warehouse.SiteQueries;

/**
 * What the site's catalogue shows: per report year and province, the reports read, the
 * jurisdictions they cover, the facts loaded, the failed checks and the share of counties whose
 * government's report is in.
 */
public final class Catalogue {

    /** One year and province (empty province: reports not placed in one). */
    public record Line(int year, String province, int reports, int jurisdictions, long facts, long failedChecks,
                       int countiesCovered, int counties) {
        public double coverage() {
            return counties == 0 ? 0 : (double) countiesCovered / counties;
        }
    }

    private Catalogue() {
    }

    public static List<Line> lines(SiteQueries queries, List<Coverage.Cell> coverage) {
        Map<String, int[]> counties = new TreeMap<>(); // year|province -> covered, all
        for (Coverage.Cell c : coverage) {
            if (c.division().level() == Division.Level.COUNTY) {
                int[] n = counties.computeIfAbsent(c.year() + "|" + c.province(), k -> new int[2]);
                n[0] += c.covered() ? 1 : 0;
                n[1]++;
            }
        }
        List<Line> lines = new ArrayList<>();
        queries.catalogue(rs -> {
                    int year = rs.getInt("report_year");
                    String province = rs.getString("province");
                    int[] n = counties.getOrDefault(year + "|" + province, new int[2]);
                    lines.add(new Line(year, province, rs.getInt("reports"), rs.getInt("places"), rs.getLong("facts"),
                            rs.getLong("failed"), n[0], n[1]));
                });
        return lines;
    }
}
