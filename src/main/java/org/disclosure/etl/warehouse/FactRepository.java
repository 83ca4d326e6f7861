package org.disclosure.etl.warehouse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.report.Unit;
import org.springframework.jdbc.core.JdbcTemplate;

/** Facts of the statistical tables, as the check step reads them back. */
public class FactRepository {

    private final JdbcTemplate jdbc;

    public FactRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of each of the reports, in one query; a report with none has an empty list. */
    public Map<String, List<Fact>> ofReports(List<String> reportIds) {
        Map<String, List<Fact>> facts = new HashMap<>();
        reportIds.forEach(id -> facts.put(id, new java.util.ArrayList<>()));
        jdbc.query("SELECT report_id, section, table_code, row_code, column_code, fact_value, unit, raw FROM facts WHERE report_id IN ("
                + SqlLists.placeholders(reportIds.size()) + ")", rs -> {
                    facts.get(rs.getString(1)).add(new Fact(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getBigDecimal(6).stripTrailingZeros(), Unit.ofCode(rs.getString(7)), rs.getString(8)));
                }, reportIds.toArray());
        return facts;
    }
}
