package org.disclosure.etl.publish;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Predicate;
import org.disclosure.etl.extract.CsvExtractWriter;
import org.disclosure.etl.report.Crosswalk;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.report.Template;
import org.disclosure.etl.warehouse.Partition;
import org.disclosure.etl.warehouse.SiteQueries;

/**
 * {@code panel.csv}: one row per report holding facts (an issuer's year), one column per harmonised
 * variable of {@code crosswalk.csv}, with the template it came from. Written by place like the
 * outcomes: a place's rows are computed again only when its reports changed.
 */
final class Panel {

    static final String FILE = "panel.csv";
    static final String CROSSWALK = "crosswalk.csv";
    private static final List<String> REPORT_COLUMNS = List.of("report_id", "source_file", "agency", "jurisdiction", "province",
            "division_code", "report_year", "template", "status");

    private Panel() {
    }

    static String[] header() {
        List<String> header = new ArrayList<>(REPORT_COLUMNS);
        header.addAll(Crosswalk.standard().variables());
        return header.toArray(String[]::new);
    }

    /** Numeric columns: the year, and every variable. */
    private static Set<Integer> numeric() {
        Set<Integer> numeric = new HashSet<>(Set.of(REPORT_COLUMNS.indexOf("report_year")));
        for (int i = REPORT_COLUMNS.size(); i < header().length; i++) {
            numeric.add(i);
        }
        return numeric;
    }

    /** Writes the panel rows of {@code places} into {@code pieces}, those of the places that did not {@code change} carried over. */
    static void write(SiteQueries queries, PlacePieces pieces, Collection<Partition> places, Predicate<Partition> changed) throws IOException {
        SortedSet<Partition> compute = pieces.carry(places, changed);
        String[] header = header();
        for (Partition place : compute) {
            computed(queries, place, pieces.of(place), header);
        }
        pieces.assemble(places, header);
    }

    private static void computed(SiteQueries queries, Partition place, Path piece, String[] header) throws IOException {
        Crosswalk crosswalk = Crosswalk.standard();
        try (CsvExtractWriter csv = new CsvExtractWriter(piece, header, numeric())) {
            queries.panelReports(place, report -> {
                String[] row = new String[header.length];
                System.arraycopy(report.columns(), 0, row, 0, REPORT_COLUMNS.size());
                Map<String, BigDecimal> values = crosswalk.values(Template.ofCode(report.template()), report.facts());
                for (int i = REPORT_COLUMNS.size(); i < header.length; i++) {
                    row[i] = Fact.plain(values.get(header[i]));
                }
                csv.write(row);
            });
            csv.commit();
        }
    }

    /** {@code crosswalk.csv}, whole: it is small and the program's own. */
    static void writeCrosswalk(Path file) throws IOException {
        try (CsvExtractWriter csv = new CsvExtractWriter(file, Crosswalk.header(), Set.of(1))) {
            Crosswalk.standard().lines().forEach(csv::write);
            csv.commit();
        }
    }
}
