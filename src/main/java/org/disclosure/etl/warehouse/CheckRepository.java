package org.disclosure.etl.warehouse;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Failed consistency checks. */
public class CheckRepository {

    private final JdbcTemplate jdbc;

    public CheckRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The sections' failures, in one JDBC batch. */
    public void insert(List<LoadedSection> sections) {
        List<Object[]> rows = new ArrayList<>();
        sections.forEach(s -> s.failures().forEach(f -> rows.add(new Object[] {s.reportId(), f.rule(), f.rowCode(),
            f.columnCode(), f.expected(), f.actual(), f.message()})));
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO checks (report_id, rule, row_code, column_code, expected, actual, message) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
        }
    }
}
