package org.disclosure.etl.check;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.report.Template;

/** The facts loaded for one report, looked up by table, row and column code. */
public final class ReportFacts {

    private final Template template;
    private final Map<String, BigDecimal> values = new HashMap<>();

    public ReportFacts(Template template, Collection<Fact> facts) {
        this.template = template;
        facts.forEach(f -> values.put(key(f.tableCode(), f.rowCode(), f.columnCode()), f.value()));
    }

    public Template template() {
        return template;
    }

    public Optional<BigDecimal> value(String table, String row, String column) {
        return Optional.ofNullable(values.get(key(table, row, column)));
    }

    /** The sum of one column over rows, or empty when any of them was not loaded. */
    public Optional<BigDecimal> sum(String table, List<String> rows, String column) {
        return total(rows.stream().map(row -> value(table, row, column)).toList());
    }

    /** The sum of columns across one row, or empty when any of them was not loaded. */
    public Optional<BigDecimal> rowSum(String table, String row, List<String> columns) {
        return total(columns.stream().map(column -> value(table, row, column)).toList());
    }

    private static Optional<BigDecimal> total(List<Optional<BigDecimal>> values) {
        if (values.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(values.stream().map(Optional::get).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public boolean hasRow(String table, String row) {
        String prefix = table + "|" + row + "|";
        return values.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    private static String key(String table, String row, String column) {
        return table + "|" + row + "|" + column;
    }
}
