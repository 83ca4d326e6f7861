package org.disclosure.etl.warehouse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.disclosure.etl.document.PrintedPlace;
import org.disclosure.etl.document.ReadMethod;
import org.disclosure.etl.report.Section;
import org.disclosure.etl.report.SkipReason;
import org.disclosure.etl.report.SourceRow;
import org.disclosure.etl.report.Template;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Staging between the read step and the section steps: one row per located section of a report,
 * its rows encoded in one text column, until the step that loads it consumes it.
 */
public class StagingRepository {

    public static final RowMapper<StagedSection> ROW_MAPPER = StagingRepository::mapRow;
    public static final RowMapper<StagedNarrative> NARRATIVE_MAPPER = StagingRepository::mapNarrative;

    private final JdbcTemplate jdbc;

    public StagingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Located sections, in one JDBC batch. A narrative section is stored as a table of one row (its
     * heading, and its text in one cell), so that one column format holds both.
     */
    public void stage(List<StagedSection> tables, List<StagedNarrative> narrative) {
        List<Object[]> batchArgs = new ArrayList<>();
        for (StagedSection s : tables) {
            batchArgs.add(new Object[] {s.reportId(), s.section(), s.template().code(), encode(s.rows())});
        }
        for (StagedNarrative n : narrative) {
            // no template: text has no rows to map
            batchArgs.add(new Object[] {n.reportId(), n.section(), "", encode(List.of(new SourceRow(n.heading(), "", List.of(n.text()))))});
        }
        jdbc.batchUpdate("INSERT INTO staged_sections (report_id, section, template, body) VALUES (?, ?, ?, ?)", batchArgs);
    }

    /**
     * Takes loaded sections out of staging, in the transaction that loaded them: a staged section is
     * loaded exactly once, whatever run gets to it and however often a step restarts. Deleted by
     * whole key, which every database plans as an index lookup however stale its statistics.
     */
    public void consume(List<SectionKey> loaded) {
        jdbc.batchUpdate("DELETE FROM staged_sections WHERE report_id = ? AND section = ?",
                loaded.stream().map(k -> new Object[] {k.reportId(), k.section()}).toList());
    }

    private static final String STAGED_OF_READ_REPORTS = "SELECT s.report_id, r.report_seq, s.section, s.template, s.body FROM staged_sections s "
            + "JOIN reports r ON r.report_id = s.report_id WHERE r.status = 'read' AND ";

    /**
     * The query a section step's partition reads: the staged section of each of its read reports (an
     * empty prefix: of all of them), in fact key order.
     */
    public static String sectionSql(int section, String reportIdPrefix) {
        if (!reportIdPrefix.matches("[0-9a-f]?")) {
            throw new IllegalArgumentException("a partition is one hex digit, not " + reportIdPrefix);
        }
        return STAGED_OF_READ_REPORTS + "s.section = " + section + " AND s.report_id LIKE '" + reportIdPrefix + "%' ORDER BY r.report_seq";
    }

    /** The query the narrative step reads: the staged narrative sections of read reports. */
    public static String narrativeSql() {
        return STAGED_OF_READ_REPORTS + "s.section IN (" + SqlLists.numbers(Section.NARRATIVE.stream().map(Section::number).toList())
                + ") ORDER BY r.report_seq, s.section";
    }

    /**
     * Rows as length-prefixed strings ({@code 5:label}), cells preceded by their count ({@code 3;}),
     * so that any text survives exactly, separators included; a row starts with {@code %} and how it
     * was read, then {@code @} and where it was printed where known; a row in doubt goes on with {@code !}
     * (converted text) or {@code ?} (OCR) and its reason (rows staged before there were doubts read as they were). NUL, which PostgreSQL
     * text cannot hold, becomes U+FFFD: such a cell is unreadable either way.
     */
    static String encode(List<SourceRow> rows) {
        StringBuilder body = new StringBuilder();
        for (SourceRow row : rows) {
            body.append('%');
            appendString(body, row.method().code());
            if (row.place() != null) {
                body.append('@');
                appendString(body, row.place().page() + " " + row.place().box());
            }
            if (!row.doubt().isEmpty()) {
                body.append(row.doubtReason() == SkipReason.OCR_UNVERIFIED ? '?' : '!');
                appendString(body, row.doubt());
            }
            appendString(body, row.label());
            appendString(body, row.context());
            body.append(encodeCells(row.cells()));
        }
        return body.toString();
    }

    /** Cells alone, encoded as a row's cells are. */
    static String encodeCells(List<String> cells) {
        StringBuilder body = new StringBuilder().append(cells.size()).append(';');
        cells.forEach(c -> appendString(body, c));
        return body.toString();
    }

    static List<String> decodeCells(String body) {
        int[] at = {0};
        int count = readNumber(body, at, ';');
        List<String> cells = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cells.add(readString(body, at));
        }
        return cells;
    }

    private static void appendString(StringBuilder body, String text) {
        body.append(text.length()).append(':').append(text.replace('\u0000', '\uFFFD'));
    }

    static List<SourceRow> decode(String body) {
        List<SourceRow> rows = new ArrayList<>();
        int[] at = {0};
        while (at[0] < body.length()) {
            ReadMethod method = null;
            PrintedPlace place = null;
            if (body.charAt(at[0]) == '%') {
                at[0]++;
                method = ReadMethod.ofCode(readString(body, at));
            }
            if (body.charAt(at[0]) == '@') {
                at[0]++;
                String[] pageAndBox = readString(body, at).split(" ", 2);
                place = PrintedPlace.of(Integer.valueOf(pageAndBox[0]), pageAndBox[1]);
            }
            String doubt = "";
            SkipReason reason = null;
            if (body.charAt(at[0]) == '!' || body.charAt(at[0]) == '?') {
                reason = body.charAt(at[0]) == '?' ? SkipReason.OCR_UNVERIFIED : SkipReason.TEXT_UNVERIFIED;
                at[0]++;
                doubt = readString(body, at);
            }
            String label = readString(body, at);
            String context = readString(body, at);
            int count = readNumber(body, at, ';');
            List<String> cells = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                cells.add(readString(body, at));
            }
            rows.add(new SourceRow(label, context, cells, doubt, reason, method, place));
        }
        return rows;
    }

    private static String readString(String body, int[] at) {
        int length = readNumber(body, at, ':');
        String text = body.substring(at[0], at[0] + length);
        at[0] += length;
        return text;
    }

    private static int readNumber(String body, int[] at, char end) {
        int stop = body.indexOf(end, at[0]);
        int n = Integer.parseInt(body, at[0], stop, 10);
        at[0] = stop + 1;
        return n;
    }

    private static StagedNarrative mapNarrative(ResultSet rs, int i) throws SQLException {
        SourceRow text = decode(rs.getString("body")).get(0);
        return new StagedNarrative(rs.getString("report_id"), rs.getLong("report_seq"), rs.getInt("section"), text.label(),
                text.cells().get(0));
    }

    private static StagedSection mapRow(ResultSet rs, int i) throws SQLException {
        return new StagedSection(rs.getString("report_id"), rs.getLong("report_seq"), rs.getInt("section"),
                Template.ofCode(rs.getString("template")),
                decode(rs.getString("body")));
    }
}
