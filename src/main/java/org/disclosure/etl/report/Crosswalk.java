package org.disclosure.etl.report;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Both templates' cells on one set of harmonised variables ({@code crosswalk.csv}, shipped with the
 * site): each cell of the codebook maps to a variable, with how far the two templates' numbers compare
 * ({@code same}, {@code caveat}, {@code not_comparable}) and a note. Section 3 and 4 share their codes;
 * section 2 was redrawn in 2021, so most of its cells are one template's only. A variable is a cell's
 * number ({@code direct}), or, where a template prints it in parts (2021's three sub-rows of （六）其他处理),
 * the sum of its parts ({@code summed}), and then only when every part was loaded: a report's value for a
 * variable is never made from some of its parts.
 */
public final class Crosswalk {

    public static final String RESOURCE = "/crosswalk.csv";

    /** One line of crosswalk.csv. */
    public record Entry(Template template, int section, String tableCode, String rowCode, String columnCode, String variable,
                        String comparability, boolean summed, String note) {

        String[] line() {
            return new String[] {template.code(), String.valueOf(section), tableCode, rowCode, columnCode, variable, comparability,
                summed ? "summed" : "direct", note};
        }
    }

    private final List<Entry> entries;
    private final List<String> variables;

    private Crosswalk(List<Entry> entries) {
        this.entries = entries;
        this.variables = entries.stream().map(Entry::variable).distinct().toList();
    }

    private static final class Holder {
        static final Crosswalk STANDARD = load();
    }

    public static Crosswalk standard() {
        return Holder.STANDARD;
    }

    public static String[] header() {
        return new String[] {"template", "section", "table_code", "row_code", "column_code", "variable", "comparability", "combination",
            "note"};
    }

    public List<String[]> lines() {
        return entries.stream().map(Entry::line).toList();
    }

    /** The variables, in the order the tables print them. */
    public List<String> variables() {
        return variables;
    }

    /**
     * A report's value for each variable, from its facts by cell ({@code table/row/column} → value): a direct
     * cell's number where loaded, else the sum of a variable's parts where every part is loaded.
     */
    public Map<String, BigDecimal> values(Template template, Map<String, BigDecimal> facts) {
        Map<String, BigDecimal> direct = new LinkedHashMap<>();
        Map<String, List<Optional<BigDecimal>>> parts = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.template() != template) {
                continue;
            }
            Optional<BigDecimal> value = Optional.ofNullable(facts.get(e.tableCode() + "/" + e.rowCode() + "/" + e.columnCode()));
            if (e.summed()) {
                parts.computeIfAbsent(e.variable(), v -> new ArrayList<>()).add(value);
            } else {
                value.ifPresent(v -> direct.put(e.variable(), v));
            }
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (String variable : variables) {
            if (direct.containsKey(variable)) {
                values.put(variable, direct.get(variable));
            } else if (parts.containsKey(variable) && parts.get(variable).stream().allMatch(Optional::isPresent)) {
                values.put(variable, parts.get(variable).stream().map(Optional::get).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
        }
        return values;
    }

    private static Crosswalk load() {
        try (InputStream in = Crosswalk.class.getResourceAsStream(RESOURCE);
             CSVReader csv = new CSVReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> all = csv.readAll();
            List<Entry> entries = new ArrayList<>();
            for (String[] e : all.subList(1, all.size())) {
                entries.add(new Entry(Template.ofCode(e[0]), Integer.parseInt(e[1]), e[2], e[3], e[4], e[5], e[6], e[7].equals("summed"),
                        e[8]));
            }
            return new Crosswalk(List.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvException e) {
            throw new IllegalStateException("crosswalk.csv is malformed", e);
        }
    }
}
