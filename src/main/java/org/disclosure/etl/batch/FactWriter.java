package org.disclosure.etl.batch;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.warehouse.FactRepository;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk's facts in one JDBC batch of upserts. A row whose cells the report already has (a
 * row printed twice) loads nothing and goes to the skip log as {@code DUPLICATE_ROW}: only its first
 * printing counts. No key violation ever aborts the transaction, which PostgreSQL would not survive.
 */
public class FactWriter implements ItemWriter<MappedRow> {

    private final JdbcTemplate jdbc;
    private final SkipLogger skips;

    public FactWriter(JdbcTemplate jdbc, SkipLogger skips) {
        this.jdbc = jdbc;
        this.skips = skips;
    }

    @Override
    public void write(Chunk<? extends MappedRow> chunk) {
        List<Object[]> batch = new ArrayList<>();
        for (MappedRow row : chunk) {
            for (Fact f : row.facts()) {
                batch.add(new Object[] {row.staged().reportId(), f.section(), f.tableCode(), f.rowCode(),
                    f.columnCode(), f.value(), f.unit().code(), f.raw()});
            }
        }
        int[] loaded = jdbc.batchUpdate(FactRepository.MERGE_SQL, batch);
        int at = 0;
        for (MappedRow row : chunk) {
            boolean any = false;
            for (int i = 0; i < row.facts().size(); i++) {
                any |= loaded[at++] != 0;
            }
            if (!any) {
                skips.onSkipInWrite(row, null);
            }
        }
    }
}
