package org.disclosure.etl.warehouse;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The skip log. */
public class SkipRepository {

    private final JdbcClient jdbc;

    public SkipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(SkipRecord skip) {
        jdbc.sql("""
                INSERT INTO skips (run_id, report_id, section, table_code, row_label, raw, reason, message)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(skip.runId(), skip.reportId(), skip.section(), skip.tableCode(), clip(skip.rowLabel(), 1000),
                        clip(skip.raw(), 4000), skip.reason().name(), clip(skip.message(), 1000))
                .update();
    }

    /** Skipped table rows of a report (a missing section is not a row). */
    public int skippedRows(String reportId) {
        return jdbc.sql("SELECT COUNT(*) FROM skips WHERE report_id = ? AND reason <> 'SECTION_NOT_FOUND'")
                .param(reportId).query(Integer.class).single();
    }

    public java.util.List<Integer> missingSections(String reportId) {
        return jdbc.sql("SELECT section FROM skips WHERE report_id = ? AND reason = 'SECTION_NOT_FOUND' ORDER BY section")
                .param(reportId).query(Integer.class).list();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
