package org.disclosure.etl.warehouse;

import java.util.List;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.report.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Facts of the statistical tables. */
public class FactRepository {

    public static final String INSERT_SQL = """
            INSERT INTO facts (report_id, section, table_code, row_code, column_code, fact_value, unit, raw)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;

    public FactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Fact> ofReport(String reportId) {
        return jdbc.sql("SELECT section, table_code, row_code, column_code, fact_value, unit, raw FROM facts WHERE report_id = ?")
                .param(reportId)
                .query((rs, i) -> new Fact(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5).stripTrailingZeros(), Unit.ofCode(rs.getString(6)), rs.getString(7)))
                .list();
    }
}
