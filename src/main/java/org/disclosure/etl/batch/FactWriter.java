package org.disclosure.etl.batch;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.warehouse.FactRepository;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk's facts in one JDBC batch. A row whose code was already loaded for the report
 * violates the facts key; the step then rewrites the chunk row by row and skips that one.
 */
public class FactWriter implements ItemWriter<MappedRow> {

    private final JdbcTemplate jdbc;

    public FactWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        jdbc.batchUpdate(FactRepository.INSERT_SQL, batch);
    }
}
