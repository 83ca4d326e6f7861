package org.disclosure.etl.warehouse;

import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts facts in the caller's transaction, the fastest way the warehouse's database takes them:
 * PostgreSQL's COPY, or multi-row INSERTs elsewhere. The facts key rejects any cell loaded twice.
 */
public sealed interface FactLoader permits MultiRowInsert, PostgresCopy {

    String COLUMNS = "fact_key, report_id, section, table_code, row_code, column_code, fact_value, unit, raw, method, page, box";

    /** Printed cells longer than the column are cut; the number was read from them already. */
    int RAW_LIMIT = 200;

    void insert(List<LoadedSection> sections);

    static FactLoader forDatabase(JdbcTemplate jdbc, FactKeys keys) {
        String product = jdbc.execute((ConnectionCallback<String>) con -> con.getMetaData().getDatabaseProductName());
        return "PostgreSQL".equals(product) ? new PostgresCopy(jdbc, keys) : new MultiRowInsert(jdbc, keys);
    }

    static String clippedRaw(String raw) {
        return raw == null || raw.length() <= RAW_LIMIT ? raw : raw.substring(0, RAW_LIMIT);
    }
}
