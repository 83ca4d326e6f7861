package org.disclosure.etl.warehouse;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.disclosure.etl.report.Fact;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads report sections' facts and skipped rows, in the caller's transaction. Facts go in multi-row
 * INSERTs, the form PostgreSQL and H2 both load fastest; the facts key rejects any cell loaded twice.
 */
public class SectionRepository {

    private static final int ROWS_PER_INSERT = 250;
    private static final int FACT_COLUMNS = 8;
    private static final int RAW_LIMIT = 200;
    private static final String INSERT = "INSERT INTO facts (report_id, section, table_code, row_code, column_code, fact_value, unit, raw) VALUES ";
    private static final String FULL_INSERT = insertSql(ROWS_PER_INSERT);

    private final JdbcTemplate jdbc;
    private final SkipRepository skips;

    public SectionRepository(JdbcTemplate jdbc, SkipRepository skips) {
        this.jdbc = jdbc;
        this.skips = skips;
    }

    public void load(List<LoadedSection> sections) {
        List<Object[]> rows = new ArrayList<>();
        for (LoadedSection s : sections) {
            for (Fact f : s.facts()) {
                rows.add(new Object[] {s.reportId(), f.section(), f.tableCode(), f.rowCode(), f.columnCode(), f.value(),
                    f.unit().code(), f.raw() == null || f.raw().length() <= RAW_LIMIT ? f.raw() : f.raw().substring(0, RAW_LIMIT)});
            }
        }
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> slice = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            jdbc.update(slice.size() == ROWS_PER_INSERT ? FULL_INSERT : insertSql(slice.size()), (PreparedStatement ps) -> bind(ps, slice));
        }
        skips.recordAll(sections.stream().flatMap(s -> s.skips().stream()).toList());
    }

    private static void bind(PreparedStatement ps, List<Object[]> slice) throws SQLException {
        int p = 1;
        for (Object[] row : slice) {
            ps.setString(p++, (String) row[0]);
            ps.setInt(p++, (Integer) row[1]);
            ps.setString(p++, (String) row[2]);
            ps.setString(p++, (String) row[3]);
            ps.setString(p++, (String) row[4]);
            ps.setBigDecimal(p++, (java.math.BigDecimal) row[5]);
            ps.setString(p++, (String) row[6]);
            ps.setString(p++, (String) row[7]);
        }
    }

    private static String insertSql(int rows) {
        StringBuilder sql = new StringBuilder(INSERT);
        String row = "(" + SqlLists.placeholders(FACT_COLUMNS) + ")";
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }
}
