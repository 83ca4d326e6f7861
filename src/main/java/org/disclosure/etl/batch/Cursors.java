package org.disclosure.etl.batch;

import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.RowMapper;

/**
 * The steps' database readers. Each reads a query its items leave as they are processed (their
 * status changes, or staging is consumed), so no reader keeps a restart position: what the query
 * still returns is what is left to do.
 */
final class Cursors {

    /**
     * Rows fetched per round trip by the cursors and the export; with autocommit off this makes
     * PostgreSQL stream a result instead of holding all of it in memory.
     */
    static final int FETCH_SIZE = 500;

    private Cursors() {
    }

    /** @param parameters bound to the query's {@code ?}s in order */
    static <T> JdbcCursorItemReader<T> over(String name, DataSource dataSource, String sql, RowMapper<T> rows, Object... parameters) {
        return new JdbcCursorItemReaderBuilder<T>()
                .name(name).dataSource(dataSource)
                .fetchSize(FETCH_SIZE).connectionAutoCommit(false).saveState(false)
                .sql(sql)
                .preparedStatementSetter(new ArgumentPreparedStatementSetter(parameters))
                .rowMapper(rows)
                .build();
    }
}
