package org.disclosure.etl.warehouse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.disclosure.etl.report.NarrativeSection;
import org.disclosure.etl.report.SourceRow;
import org.disclosure.etl.report.Template;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staging between the read step and the section steps: located table rows (sections 2 to 4) and
 * narrative sections (1, 5, 6, stored with the heading as label and the text as cells).
 */
public class StagingRepository {

    /** Cells are stored in one column, separated by the ASCII unit separator. */
    private static final String CELL_SEPARATOR = "\u001F";

    public static final RowMapper<StagedRow> ROW_MAPPER = StagingRepository::mapRow;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public StagingRepository(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.batch = jdbcTemplate;
    }

    /** A report's table rows and narrative sections, in one JDBC batch. */
    public void stage(List<StagedRow> rows, String reportId, Template template, List<NarrativeSection> narrative) {
        List<Object[]> batchArgs = new ArrayList<>();
        for (StagedRow row : rows) {
            batchArgs.add(new Object[] {row.reportId(), row.section(), row.seq(), row.template().code(), row.row().label(),
                row.row().context(), encode(row.row().cells())});
        }
        for (NarrativeSection n : narrative) {
            batchArgs.add(new Object[] {reportId, n.section(), 0, template.code(), n.heading(), null, n.text()});
        }
        batch.batchUpdate("INSERT INTO staged_rows (report_id, section, seq, template, label, context, cells) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", batchArgs);
    }

    public void clear(String reportId) {
        jdbc.sql("DELETE FROM staged_rows WHERE report_id = ?").param(reportId).update();
    }

    private static final String STAGED_OF_READ_REPORTS =
            "SELECT s.report_id, s.section, s.seq, s.template, s.label, s.context, s.cells FROM staged_rows s "
            + "JOIN reports r ON r.report_id = s.report_id WHERE r.status = 'read' AND ";

    /** The query the section steps read: staged rows of one section, in report and row order. */
    public static String rowsOfSectionSql(int section) {
        return STAGED_OF_READ_REPORTS + "s.section = " + section + " ORDER BY s.report_id, s.seq";
    }

    /** The query the narrative step reads: staged sections 1, 5 and 6. */
    public static String narrativeSql() {
        return STAGED_OF_READ_REPORTS + "s.section IN (1, 5, 6) ORDER BY s.report_id, s.section";
    }

    /** Each cell after a separator, so that no cells and one blank cell stay apart. */
    static String encode(List<String> cells) {
        StringBuilder encoded = new StringBuilder();
        cells.forEach(c -> encoded.append(CELL_SEPARATOR).append(c));
        return encoded.toString();
    }

    static List<String> decode(String cells) {
        if (cells == null || cells.isEmpty()) {
            return List.of();
        }
        List<String> all = Arrays.asList(cells.split(CELL_SEPARATOR, -1));
        return all.subList(1, all.size());
    }

    private static StagedRow mapRow(ResultSet rs, int i) throws SQLException {
        String cells = rs.getString("cells");
        List<String> cellList = decode(cells);
        String label = rs.getString("label");
        String context = rs.getString("context");
        return new StagedRow(rs.getString("report_id"), rs.getInt("section"), rs.getInt("seq"),
                Template.ofCode(rs.getString("template")),
                new SourceRow(label == null ? "" : label, context == null ? "" : context, cellList));
    }
}
