package org.disclosure.etl.warehouse;

import java.util.List;
import org.disclosure.etl.check.CheckFailure;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Failed consistency checks. */
public class CheckRepository {

    private final JdbcClient jdbc;

    public CheckRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(String reportId, List<CheckFailure> failures) {
        jdbc.sql("DELETE FROM checks WHERE report_id = ?").param(reportId).update();
        for (CheckFailure f : failures) {
            jdbc.sql("INSERT INTO checks (report_id, rule, row_code, column_code, expected, actual, message) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(reportId, f.rule(), f.rowCode(), f.columnCode(), f.expected(), f.actual(), f.message())
                    .update();
        }
    }
}
