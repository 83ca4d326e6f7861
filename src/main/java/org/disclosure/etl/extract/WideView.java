package org.disclosure.etl.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A wide view of one section: one row per report and table row, one column per column code (plus
 * the money unit for section 2), the report's columns first.
 */
record WideView(String file, int section, List<String> columns, boolean withUnit, CodebookOrder order) {

    private static final List<String> LEAD = List.of("province", "division_code", "jurisdiction", "report_year",
            "report_id", "source_file", "template", "table_code", "row_code");

    String[] header() {
        List<String> header = new ArrayList<>(LEAD);
        header.addAll(columns);
        if (withUnit) {
            header.add("amount_unit");
        }
        return header.toArray(String[]::new);
    }

    Set<Integer> numericColumns() {
        Set<Integer> numeric = new HashSet<>(Set.of(3));
        for (int i = 0; i < columns.size(); i++) {
            numeric.add(LEAD.size() + i);
        }
        return numeric;
    }

    /** The view's rows for one report's facts (facts.csv columns), in codebook order. */
    List<String[]> rows(List<String[]> reportFacts) {
        int width = LEAD.size() + columns.size() + (withUnit ? 1 : 0);
        Map<String, String[]> rows = new LinkedHashMap<>();
        reportFacts.stream()
                .filter(f -> f[7].equals(String.valueOf(section)))
                .sorted(Comparator.comparingInt((String[] f) -> order.row(f[8], f[9])))
                .forEach(f -> {
                    String[] row = rows.computeIfAbsent(f[8] + "|" + f[9], k -> {
                        String[] r = new String[width];
                        String[] lead = {f[2], f[3], f[4], f[5], f[0], f[1], f[6], f[8], f[9]};
                        System.arraycopy(lead, 0, r, 0, lead.length);
                        return r;
                    });
                    row[LEAD.size() + columns.indexOf(f[10])] = f[11];
                    if (withUnit && f[10].equals("amount")) {
                        row[width - 1] = f[12];
                    }
                });
        return new ArrayList<>(rows.values());
    }
}
