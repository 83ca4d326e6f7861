package org.disclosure.etl.warehouse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The skip log. */
public class SkipRepository {

    private final JdbcTemplate batch;

    public SkipRepository(JdbcTemplate jdbc) {
        this.batch = jdbc;
    }

    private static final String INSERT = """
            INSERT INTO skips (run_id, report_id, section, table_code, row_label, raw, reason, message)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    public void record(SkipRecord skip) {
        recordAll(List.of(skip));
    }

    /** Several skips in one JDBC batch. */
    public void recordAll(List<SkipRecord> skips) {
        if (skips.isEmpty()) {
            return;
        }
        batch.batchUpdate(INSERT, skips.stream().map(skip -> new Object[] {skip.runId(), skip.reportId(), skip.section(),
            skip.tableCode(), clip(skip.rowLabel(), 1000), clip(skip.raw(), 4000), skip.reason().name(),
            clip(skip.message(), 1000)}).toList());
    }

    /** What the skip log says of a report: sections not found, and table rows skipped. */
    public record Summary(List<Integer> missingSections, int skippedRows) {
    }

    /** Each report's summary, in one query; a report with no skips has none missing and none skipped. */
    public Map<String, Summary> summaries(List<String> reportIds) {
        Map<String, List<Integer>> missing = new HashMap<>();
        Map<String, Integer> skipped = new HashMap<>();
        batch.query("SELECT report_id, section, reason, COUNT(*) FROM skips WHERE report_id IN (" + SqlLists.placeholders(reportIds.size())
                + ") GROUP BY report_id, section, reason", rs -> {
                    if (rs.getString(3).equals("SECTION_NOT_FOUND")) {
                        missing.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2));
                    } else {
                        skipped.merge(rs.getString(1), rs.getInt(4), Integer::sum);
                    }
                }, reportIds.toArray());
        Map<String, Summary> summaries = new HashMap<>();
        for (String id : reportIds) {
            summaries.put(id, new Summary(missing.getOrDefault(id, List.of()).stream().sorted().toList(), skipped.getOrDefault(id, 0)));
        }
        return summaries;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
