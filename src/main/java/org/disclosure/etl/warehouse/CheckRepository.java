package org.disclosure.etl.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosure.etl.check.CheckFailure;
import org.springframework.jdbc.core.JdbcTemplate;

/** Failed consistency checks. */
public class CheckRepository {

    private final JdbcTemplate jdbc;

    public CheckRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each report's failures replace those it had, in one statement and one batch. */
    public void replace(Map<String, List<CheckFailure>> failuresByReport) {
        List<String> ids = List.copyOf(failuresByReport.keySet());
        jdbc.update("DELETE FROM checks WHERE report_id IN (" + SqlLists.placeholders(ids.size()) + ")", ids.toArray());
        List<Object[]> rows = new ArrayList<>();
        failuresByReport.forEach((id, failures) -> failures.forEach(f -> rows.add(new Object[] {id, f.rule(), f.rowCode(),
            f.columnCode(), f.expected(), f.actual(), f.message()})));
        jdbc.batchUpdate("INSERT INTO checks (report_id, rule, row_code, column_code, expected, actual, message) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }
}
