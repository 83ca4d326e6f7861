package org.disclosure.etl.publish;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.disclosure.etl.extract.CsvExtractReader;
import org.disclosure.etl.extract.CsvExtractWriter;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.warehouse.Partition;
import org.disclosure.etl.warehouse.SiteQueries;

/**
 * {@code outcomes.csv}: applications handled by outcome, report year and province, section 3's total
 * column summed over the reports holding facts; the catalogue page charts them by year. Written by
 * place: a place's sums are computed again only when its reports changed.
 */
final class Outcomes {

    static final String FILE = "outcomes.csv";
    static final String[] HEADER = {"report_year", "province", "outcome", "label", "applications"};

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
     * Writes the outcomes of {@code places} into {@code pieces}, those of the places that did not
     * {@code change} carried over; returns them by year and group, summed over the provinces (a group
     * no report printed is absent).
     */
    static Map<Integer, Map<String, BigDecimal>> write(SiteQueries queries, PlacePieces pieces, Collection<Partition> places,
                                                       Predicate<Partition> changed) throws IOException {
        SortedSet<Partition> compute = pieces.carry(places, changed);
        Map<Integer, Map<String, BigDecimal>> byYear = new TreeMap<>();
        for (Partition place : places) {
            Map<String, BigDecimal> groups = compute.contains(place) ? computed(queries, place, pieces.of(place)) : read(pieces.of(place));
            groups.forEach((group, applications) -> byYear.computeIfAbsent(place.year(), y -> new LinkedHashMap<>())
                    .merge(group, applications, BigDecimal::add));
        }
        pieces.assemble(places, HEADER);
        return byYear;
    }

    /** The outcomes of {@code place} from the warehouse, written to {@code piece}. */
    private static Map<String, BigDecimal> computed(SiteQueries queries, Partition place, Path piece) throws IOException {
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        queries.applicationTotals(place).forEach((row, total) -> {
            String group = GROUPS.keySet().stream().filter(g -> row.equals(g) || row.startsWith(g + "_")).findFirst().orElse(null);
            if (group != null) { // "other" or its three sub-rows: a report prints one or the other
                groups.merge(group, total, BigDecimal::add);
            }
        });
        groups.replaceAll((group, sum) -> new BigDecimal(Fact.plain(sum))); // as a piece carried over reads back: the same page either way
        try (CsvExtractWriter csv = new CsvExtractWriter(piece, HEADER, Set.of(0, 4))) {
            for (Map.Entry<String, String> group : GROUPS.entrySet()) {
                BigDecimal applications = groups.get(group.getKey());
                if (applications != null) {
                    csv.write(String.valueOf(place.year()), place.province() == null ? "" : place.province(), group.getKey(), group.getValue(),
                            Fact.plain(applications));
                }
            }
            csv.commit();
        }
        return groups;
    }

    /** The outcomes of a place as the site before wrote them. */
    private static Map<String, BigDecimal> read(Path piece) throws IOException {
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(piece, StandardCharsets.UTF_8); CSVReader csv = CsvExtractReader.open(in)) {
            CsvExtractReader.header(csv);
            String[] row;
            while ((row = csv.readNext()) != null) {
                groups.put(row[2], new BigDecimal(row[4]));
            }
        } catch (CsvValidationException e) {
            throw new IOException(piece + " unreadable: " + e.getMessage(), e);
        }
        return groups;
    }
}
