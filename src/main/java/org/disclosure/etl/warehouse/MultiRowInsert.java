package org.disclosure.etl.warehouse;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.disclosure.etl.report.Fact;
import org.springframework.jdbc.core.JdbcTemplate;

/** Facts in INSERTs of up to {@value #ROWS_PER_INSERT} rows each: many times faster than one statement per fact. */
public final class MultiRowInsert implements FactLoader {

    private static final int ROWS_PER_INSERT = 250;
    private static final String FULL_INSERT = insertSql(ROWS_PER_INSERT);

    private final JdbcTemplate jdbc;
    private final FactKeys keys;

    MultiRowInsert(JdbcTemplate jdbc, FactKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    private record Row(long key, String reportId, Fact fact) {
    }

    @Override
    public void insert(List<LoadedSection> sections) {
        List<Row> rows = new ArrayList<>();
        sections.forEach(s -> s.facts().forEach(f -> rows.add(new Row(keys.of(s.reportSeq(), f), s.reportId(), f))));
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Row> slice = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            jdbc.update(slice.size() == ROWS_PER_INSERT ? FULL_INSERT : insertSql(slice.size()), (PreparedStatement ps) -> {
                int p = 1;
                for (Row row : slice) {
                    Fact f = row.fact();
                    ps.setLong(p++, row.key());
                    ps.setString(p++, row.reportId());
                    ps.setInt(p++, f.section());
                    ps.setString(p++, f.tableCode());
                    ps.setString(p++, f.rowCode());
                    ps.setString(p++, f.columnCode());
                    ps.setBigDecimal(p++, f.value());
                    ps.setString(p++, f.unit().code());
                    ps.setString(p++, FactLoader.clippedRaw(f.raw()));
                    ps.setString(p++, f.method().code());
                    ps.setObject(p++, f.place() == null ? null : f.place().page(), java.sql.Types.SMALLINT);
                    ps.setString(p++, f.place() == null ? null : f.place().box());
                }
            });
        }
    }

    private static String insertSql(int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO facts (" + COLUMNS + ") VALUES ");
        String row = "(" + SqlLists.placeholders(12) + ")";
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }
}
