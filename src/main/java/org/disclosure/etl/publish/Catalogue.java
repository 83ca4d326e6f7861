package org.disclosure.etl.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclosure.etl.jurisdiction.Division;
import org.disclosure.etl.warehouse.SiteQueries;

/**
 * What the site's catalogue shows: per report year and province, the reports read, the
 * jurisdictions they cover, the facts loaded, the failed checks and the share of counties whose
 * government's report is in; and the outcome of applications by year (section 3's totals).
 */
public final class Catalogue {

    /** One year and province (empty province: reports not placed in one). */
    public record Line(int year, String province, int reports, int jurisdictions, long facts, long failedChecks,
                       int countiesCovered, int counties) {
        public double coverage() {
            return counties == 0 ? 0 : (double) countiesCovered / counties;
        }
    }

    /** Section 3's outcome groups, as the 2019 and 2021 templates both print them. */
    static final Map<String, String> OUTCOMES = new LinkedHashMap<>();

    static {
        OUTCOMES.put("granted", "予以公开");
        OUTCOMES.put("partially_granted", "部分公开");
        OUTCOMES.put("denied", "不予公开");
        OUTCOMES.put("unable", "无法提供");
        OUTCOMES.put("rejected", "不予处理");
        OUTCOMES.put("other", "其他处理");
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

    /** Applications by outcome and year: the total column of section 3's result rows, summed over loaded reports. */
    public static Map<Integer, Map<String, BigDecimal>> outcomes(SiteQueries queries) {
        Map<Integer, Map<String, BigDecimal>> byYear = new TreeMap<>();
        queries.applicationTotals(rs -> {
                    String row = rs.getString("row_code");
                    String group = OUTCOMES.keySet().stream().filter(g -> row.equals(g) || row.startsWith(g + "_")).findFirst().orElse(null);
                    if (group != null) { // "other" or its three sub-rows: a report prints one or the other
                        byYear.computeIfAbsent(rs.getInt("report_year"), y -> new LinkedHashMap<>())
                                .merge(group, rs.getBigDecimal("total"), BigDecimal::add);
                    }
                });
        return byYear;
    }
}
