package org.disclosure.etl.report;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical row and column codes of both templates, read from {@code codebook.csv} (the data
 * dictionary shipped with every extract). Adding a template year is adding its rows to that file.
 */
public final class Codebook {

    public static final String RESOURCE = "/codebook.csv";

    private final List<String[]> entries;
    private final List<RowDefinition> rows;
    /** table code, row code, column code: the cell's number, in the order the codebook first lists each cell. */
    private final Map<String, Map<String, Map<String, Integer>>> cellNumbers = new HashMap<>();
    private final int cells;

    private Codebook(List<String[]> entries, List<RowDefinition> rows) {
        this.entries = entries;
        this.rows = rows;
        int next = 0;
        for (String[] e : entries) {
            if (cellNumbers.computeIfAbsent(e[2], k -> new HashMap<>()).computeIfAbsent(e[4], k -> new HashMap<>())
                    .putIfAbsent(e[6], next) == null) {
                next++;
            }
        }
        this.cells = next;
    }

    private static final class Holder {
        static final Codebook STANDARD = load();
    }

    public static Codebook standard() {
        return Holder.STANDARD;
    }

    private static Codebook load() {
        try (InputStream in = Codebook.class.getResourceAsStream(RESOURCE);
             CSVReader csv = new CSVReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> all = csv.readAll();
            List<String[]> entries = List.copyOf(all.subList(1, all.size()));
            Map<String, List<String[]>> byRow = new LinkedHashMap<>();
            for (String[] e : entries) {
                byRow.computeIfAbsent(e[0] + "|" + e[2] + "|" + e[4], k -> new ArrayList<>()).add(e);
            }
            List<RowDefinition> rows = new ArrayList<>();
            for (List<String[]> group : byRow.values()) {
                String[] first = group.get(0);
                List<ColumnDefinition> columns = group.stream()
                        .map(e -> new ColumnDefinition(e[6], e[7], Unit.ofCode(e[8])))
                        .toList();
                rows.add(new RowDefinition(Template.ofCode(first[0]), Integer.parseInt(first[1]),
                        first[2], first[4], first[5], columns));
            }
            return new Codebook(entries, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvException e) {
            throw new IllegalStateException("codebook.csv is malformed", e);
        }
    }

    /** The header of codebook.csv. */
    public static String[] header() {
        return new String[] {"template", "section", "table_code", "table_label_zh", "row_code", "row_label_zh",
            "column_code", "column_label_zh", "unit"};
    }

    /** Every line of codebook.csv, as the data dictionary to export. */
    public List<String[]> entries() {
        return entries;
    }

    public List<RowDefinition> rows(Template template, int section) {
        return rows.stream().filter(r -> r.template() == template && r.section() == section).toList();
    }

    public Optional<RowDefinition> row(Template template, String tableCode, String rowCode) {
        return rows.stream()
                .filter(r -> r.template() == template && r.tableCode().equals(tableCode) && r.rowCode().equals(rowCode))
                .findFirst();
    }

    /**
     * A cell's number: 0 for the first (table, row, column) the codebook lists, counting each cell once
     * across both templates; -1 for a cell it does not list. The order is the order the tables print.
     */
    public int cellNumber(String tableCode, String rowCode, String columnCode) {
        Integer n = cellNumbers.getOrDefault(tableCode, Map.of()).getOrDefault(rowCode, Map.of()).get(columnCode);
        return n == null ? -1 : n;
    }

    /** How many distinct cells the codebook lists. */
    public int cells() {
        return cells;
    }

    /** Column codes of a table, in codebook order, across both templates. */
    public List<String> columnCodes(int section) {
        return rows.stream().filter(r -> r.section() == section)
                .flatMap(r -> r.columns().stream().map(ColumnDefinition::code))
                .distinct().toList();
    }
}
