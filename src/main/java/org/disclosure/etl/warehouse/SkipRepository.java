package org.disclosure.etl.warehouse;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The skip log. */
public class SkipRepository {

    private final JdbcTemplate batch;

    public SkipRepository(JdbcTemplate jdbc) {
        this.batch = jdbc;
    }

    private static final String INSERT = """
            INSERT INTO skips (run_id, report_id, section, table_code, row_label, raw, reason, message, row_code, cells, page, box, neighbours)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

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
            clip(skip.message(), 1000), skip.rowCode().isEmpty() ? null : skip.rowCode(), cells(skip.cells()),
            skip.place() == null ? null : skip.place().page(), skip.place() == null ? null : skip.place().box(),
            skip.neighbours().isEmpty() ? null : clip(skip.neighbours(), 4000)}).toList());
    }

    /** A row's cells as staging encodes them; null where they do not fit (the raw text keeps them for people). */
    private static String cells(List<String> cells) {
        if (cells.isEmpty()) {
            return null;
        }
        String encoded = StagingRepository.encodeCells(cells);
        return encoded.length() <= 4000 ? encoded : null;
    }

    /** A skip's cells as {@link #cells} kept them; empty where none were kept. */
    public static List<String> decodeCells(String encoded) {
        return encoded == null ? List.of() : StagingRepository.decodeCells(encoded);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
