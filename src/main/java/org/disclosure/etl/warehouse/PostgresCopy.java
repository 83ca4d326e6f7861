package org.disclosure.etl.warehouse;

import java.io.StringReader;
import java.util.List;
import org.disclosure.etl.report.Fact;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Facts through PostgreSQL's COPY, its bulk-load path: a chunk's facts are one stream, with none of
 * the per-statement parsing and planning that INSERTs cost the server.
 */
public final class PostgresCopy implements FactLoader {

    private static final String COPY = "COPY facts (" + COLUMNS + ") FROM STDIN (FORMAT csv)";

    private final JdbcTemplate jdbc;
    private final FactKeys keys;

    PostgresCopy(JdbcTemplate jdbc, FactKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    @Override
    public void insert(List<LoadedSection> sections) {
        String data = csv(sections, keys);
        if (data.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Long>) con -> {
            try {
                return con.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(data));
            } catch (java.io.IOException e) {
                throw new java.sql.SQLException("COPY of facts failed", e);
            }
        });
    }

    /** CSV as COPY reads it: an unquoted empty field is NULL, a quoted one the empty string. */
    static String csv(List<LoadedSection> sections, FactKeys keys) {
        StringBuilder csv = new StringBuilder();
        for (LoadedSection s : sections) {
            for (Fact f : s.facts()) {
                csv.append(keys.of(s.reportSeq(), f)).append(',').append(s.reportId()).append(',').append(f.section()).append(',');
                quoted(csv, f.tableCode()).append(',');
                quoted(csv, f.rowCode()).append(',');
                quoted(csv, f.columnCode()).append(',');
                csv.append(f.value().toPlainString()).append(',');
                quoted(csv, f.unit().code()).append(',');
                String raw = FactLoader.clippedRaw(f.raw());
                if (raw != null) {
                    quoted(csv, raw.replace('\u0000', '\uFFFD'));
                }
                csv.append(',').append(f.method().code()).append(',');
                if (f.place() != null) {
                    csv.append(f.place().page()).append(',').append(f.place().box());
                } else {
                    csv.append(',');
                }
                csv.append('\n');
            }
        }
        return csv.toString();
    }

    private static StringBuilder quoted(StringBuilder csv, String text) {
        return csv.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
}
