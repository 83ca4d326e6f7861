package org.disclosure.etl.publish;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.disclosure.etl.extract.CsvExtractWriter;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.warehouse.Partition;
import org.disclosure.etl.warehouse.SiteQueries;

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

    /**
     * The comparisons of year N of {@code place}, from the cells of its reports and of its province's
     * the year before (whose own comparisons would need the year before it: none are made); streamed
     * issuer by issuer (the query is ordered by issuer and year): memory holds one issuer's reports,
     * not a province's.
     */
    static void each(SiteQueries queries, Partition place, Consumer<Comparison> out) {
        String[] issuer = {null};
        TreeMap<Integer, Map<String, Issued>> years = new TreeMap<>(); // year -> report id -> its cells
        queries.carriedCells(place, cell -> {
                    String key = cell.agency() + "\u0000" + cell.divisionCode();
                    if (!key.equals(issuer[0])) {
                        compare(issuer[0], years, out);
                        issuer[0] = key;
                        years.clear();
                    }
                    years.computeIfAbsent(cell.year(), y -> new LinkedHashMap<>())
                            .computeIfAbsent(cell.reportId(), k -> new Issued(k, new HashMap<>()))
                            .facts().put(cell.rowCode() + "." + cell.columnCode(), cell.value());
                });
        compare(issuer[0], years, out);
    }

    /** One issuer's comparisons, year by year; a year with two reports is compared with neither neighbour. */
    private static void compare(String issuer, TreeMap<Integer, Map<String, Issued>> years, Consumer<Comparison> out) {
        if (issuer == null) {
            return;
        }
        String[] key = issuer.split("\u0000", 2);
        years.forEach((year, reports) -> {
            Map<String, Issued> before = years.get(year - 1);
            if (reports.size() != 1 || before == null || before.size() != 1) {
                return;
            }
            Issued now = reports.values().iterator().next();
            Issued then = before.values().iterator().next();
            new TreeMap<>(now.facts()).forEach((cell, value) -> {
                String[] rc = cell.split("\\.", 2);
                if (rc[0].equals("carried_over")) {
                    BigDecimal forward = then.facts().get("carried_forward." + rc[1]);
                    if (forward != null) {
                        out.accept(new Comparison(key[0], key[1], year, now.reportId(), year - 1, then.reportId(), CARRIED_OVER,
                                rc[0], rc[1], forward, value));
                    }
                } else if (rc[1].equals("in_force")) {
                    BigDecimal previous = then.facts().get(rc[0] + ".in_force");
                    BigDecimal issuedNow = now.facts().get(rc[0] + ".issued");
                    BigDecimal repealedNow = now.facts().get(rc[0] + ".repealed");
                    if (previous != null && issuedNow != null && repealedNow != null) {
                        out.accept(new Comparison(key[0], key[1], year, now.reportId(), year - 1, then.reportId(), IN_FORCE,
                                rc[0], rc[1], previous.add(issuedNow).subtract(repealedNow), value));
                    }
                }
            });
        });
    }

    /**
     * Writes {@code year_checks.csv} by place: a place's comparisons computed again when it or its
     * province the year before {@code changed}, else carried over from the site before. Returns how
     * many comparisons there are and how many differ.
     */
    static long[] write(SiteQueries queries, PlacePieces pieces, Collection<Partition> places, Predicate<Partition> changed)
            throws IOException {
        SortedSet<Partition> compute = pieces.carry(places,
                place -> changed.test(place) || changed.test(new Partition(place.year() - 1, place.province(), null)));
        long[] counts = new long[2];
        for (Partition place : places) {
            long[] piece = compute.contains(place) ? compared(queries, place, pieces.of(place)) : counted(pieces.of(place));
            counts[0] += piece[0];
            counts[1] += piece[1];
        }
        pieces.assemble(places, HEADER);
        return counts;
    }

    /** Writes the comparisons of {@code place} to {@code piece}; returns how many there are and how many differ. */
    private static long[] compared(SiteQueries queries, Partition place, Path piece) throws IOException {
        long[] counts = new long[2];
        try (CsvExtractWriter csv = new CsvExtractWriter(piece, HEADER, Set.of(2, 4, 9, 10))) {
            each(queries, place, c -> {
                counts[0]++;
                counts[1] += c.agrees() ? 0 : 1;
                csv.write(c.agency(), c.divisionCode(), String.valueOf(c.year()), c.reportId(), String.valueOf(c.previousYear()),
                        c.previousReportId(), c.check(), c.rowCode(), c.columnCode(), Fact.plain(c.expected()),
                        Fact.plain(c.actual()), String.valueOf(c.agrees()));
            });
            csv.commit();
        }
        return counts;
    }

    /**
     * The comparisons of a piece written before and how many differ, from its bytes: a record ends at
     * a line break outside quotes, and a differing one in {@code ,false} ({@code agrees} is last and never quoted).
     */
    static long[] counted(Path piece) throws IOException {
        byte[] differs = ",false".getBytes(StandardCharsets.US_ASCII);
        long[] counts = new long[2];
        byte[] tail = new byte[differs.length];
        boolean quoted = false;
        boolean header = true;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(piece), 1 << 16)) {
            int b;
            while ((b = in.read()) != -1) {
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n' && !quoted) {
                    if (!header) {
                        counts[0]++;
                        counts[1] += Arrays.equals(tail, differs) ? 1 : 0;
                    }
                    header = false;
                    continue;
                }
                System.arraycopy(tail, 1, tail, 0, tail.length - 1);
                tail[tail.length - 1] = (byte) b;
            }
        }
        return counts;
    }
}
