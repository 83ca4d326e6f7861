package org.disclosure.etl.publish;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.disclosure.etl.extract.CsvExtractReader;
import org.disclosure.etl.extract.CsvExtractWriter;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.warehouse.SiteQueries;

/**
 * {@code outcomes.csv}: applications handled by outcome and report year, section 3's total column
 * summed over the reports holding facts, as the catalogue page charts them. Written by year: a year's
 * sums are computed again only when its reports changed.
 */
final class Outcomes {

    static final String FILE = "outcomes.csv";
    static final String[] HEADER = {"report_year", "outcome", "label", "applications"};

    /** Section 3's outcome groups, as the 2019 and 2021 templates both print them. */
    static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("granted", "予以公开");
        GROUPS.put("partially_granted", "部分公开");
        GROUPS.put("denied", "不予公开");
        GROUPS.put("unable", "无法提供");
        GROUPS.put("rejected", "不予处理");
        GROUPS.put("other", "其他处理");
    }

    private Outcomes() {
    }

    /**
     * Writes the outcomes of {@code years} into {@code pieces}, those of the years that did not
     * {@code change} carried over; returns them by year and group (a group no report printed is absent).
     */
    static Map<Integer, Map<String, BigDecimal>> write(SiteQueries queries, YearPieces pieces, List<Integer> years, IntPredicate changed)
            throws IOException {
        SortedSet<Integer> compute = pieces.carry(years, changed);
        Map<Integer, Map<String, BigDecimal>> byYear = new TreeMap<>();
        if (!compute.isEmpty()) {
            queries.applicationTotals(compute.size() == years.size() ? null : compute, rs -> {
                String row = rs.getString("row_code");
                String group = GROUPS.keySet().stream().filter(g -> row.equals(g) || row.startsWith(g + "_")).findFirst().orElse(null);
                if (group != null) { // "other" or its three sub-rows: a report prints one or the other
                    byYear.computeIfAbsent(rs.getInt("report_year"), y -> new LinkedHashMap<>())
                            .merge(group, rs.getBigDecimal("total"), BigDecimal::add);
                }
            });
        }
        for (int year : years) {
            if (compute.contains(year)) {
                write(pieces, year, byYear.getOrDefault(year, Map.of()));
            } else {
                read(pieces, year).ifPresent(groups -> byYear.put(year, groups));
            }
        }
        pieces.assemble(years, HEADER);
        return byYear;
    }

    private static void write(YearPieces pieces, int year, Map<String, BigDecimal> groups) throws IOException {
        try (CsvExtractWriter csv = new CsvExtractWriter(pieces.of(year), HEADER, Set.of(0, 3))) {
            for (Map.Entry<String, String> group : GROUPS.entrySet()) {
                BigDecimal applications = groups.get(group.getKey());
                if (applications != null) {
                    csv.write(String.valueOf(year), group.getKey(), group.getValue(), Fact.plain(applications));
                }
            }
            csv.commit();
        }
    }

    /** A year's groups as the site before wrote them; empty when it wrote none. */
    private static Optional<Map<String, BigDecimal>> read(YearPieces pieces, int year) throws IOException {
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(pieces.of(year), StandardCharsets.UTF_8); CSVReader csv = CsvExtractReader.open(in)) {
            CsvExtractReader.header(csv);
            String[] row;
            while ((row = csv.readNext()) != null) {
                groups.put(row[1], new BigDecimal(row[3]));
            }
        } catch (CsvValidationException e) {
            throw new IOException("outcomes of " + year + " unreadable: " + e.getMessage(), e);
        }
        return groups.isEmpty() ? Optional.empty() : Optional.of(groups);
    }
}
