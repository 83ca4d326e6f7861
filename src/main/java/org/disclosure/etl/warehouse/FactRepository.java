package org.disclosure.etl.warehouse;

import java.util.List;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.report.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Facts of the statistical tables. */
public class FactRepository {

    /**
     * Loads a fact unless the report already has one for the same cell: an upsert in standard SQL
     * that runs unchanged on H2 2.x and PostgreSQL 15+, and reports 0 rows for a cell already loaded
     * (a row printed twice, or a chunk replayed), so nothing is ever loaded twice.
     */
    public static final String MERGE_SQL = """
            MERGE INTO facts f
            USING (VALUES (CAST(? AS VARCHAR(16)), CAST(? AS SMALLINT), CAST(? AS VARCHAR(40)), CAST(? AS VARCHAR(40)),
                           CAST(? AS VARCHAR(40)), CAST(? AS NUMERIC(24, 4)), CAST(? AS VARCHAR(8)), CAST(? AS VARCHAR(200))))
                  AS s (report_id, section, table_code, row_code, column_code, fact_value, unit, raw)
            ON f.report_id = s.report_id AND f.table_code = s.table_code AND f.row_code = s.row_code
               AND f.column_code = s.column_code
            WHEN NOT MATCHED THEN INSERT (report_id, section, table_code, row_code, column_code, fact_value, unit, raw)
                 VALUES (s.report_id, s.section, s.table_code, s.row_code, s.column_code, s.fact_value, s.unit, s.raw)""";


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
