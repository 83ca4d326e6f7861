package org.disclosure.etl.warehouse;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosure.etl.check.CheckFailure;
import org.disclosure.etl.check.ConsistencyRule;
import org.disclosure.etl.check.TemplateRules;
import org.disclosure.etl.correction.Cell;
import org.disclosure.etl.correction.CorrectionPlan;
import org.disclosure.etl.correction.CorrectionState;
import org.disclosure.etl.document.PrintedPlace;
import org.disclosure.etl.document.ReadMethod;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.report.Section;
import org.disclosure.etl.report.Template;
import org.disclosure.etl.report.Unit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Correction files taken in, their corrections and what became of them, and what applying them changes in a report. */
public class CorrectionRepository {

    private static final String STANDING = SqlLists.quoted(CorrectionState.LIVE.stream().map(CorrectionState::code).toList());

    private final JdbcTemplate jdbc;
    private final JdbcClient sql;
    private final FactLoader facts;
    private final FactKeys keys;
    private final CheckRepository checks;
    private final PartitionMarks marks;

    public CorrectionRepository(JdbcTemplate jdbc, FactLoader facts, FactKeys keys) {
        this.jdbc = jdbc;
        this.sql = JdbcClient.create(jdbc);
        this.facts = facts;
        this.keys = keys;
        this.checks = new CheckRepository(jdbc);
        this.marks = new PartitionMarks(jdbc);
    }

    /** The report a file's SHA-256 names: the one holding facts, else the latest registered. */
    public record ReportRef(String reportId, long reportSeq, String status, Template template) {
    }

    public Optional<ReportRef> reportWithSha(String sha256) {
        return sql.sql("SELECT report_id, report_seq, status, template FROM reports WHERE sha256 = ? ORDER BY CASE WHEN status IN "
                        + ReportStatus.sql(ReportStatus.HOLDING_FACTS) + " THEN 0 ELSE 1 END, registered_at DESC FETCH FIRST 1 ROWS ONLY")
                .param(sha256)
                .query((rs, i) -> new ReportRef(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4) == null ? null : Template.ofCode(rs.getString(4))))
                .optional();
    }

    /** Whether a file of this name and content was taken in before. */
    public boolean taken(String fileName, String fileSha256) {
        return sql.sql("SELECT COUNT(*) FROM correction_files WHERE file_name = ? AND file_sha256 = ?").params(fileName, fileSha256)
                .query(Integer.class).single() > 0;
    }

    public long addFile(String fileName, String fileSha256, String owner, long runId, String error) {
        KeyHolder key = new GeneratedKeyHolder();
        sql.sql("INSERT INTO correction_files (file_name, file_sha256, owner, run_id, taken_at, error) VALUES (?, ?, ?, ?, ?, ?)")
                .params(fileName, fileSha256, owner, runId, Timestamp.from(Instant.now()), error)
                .update(key, "file_id");
        return key.getKey().longValue();
    }

    /** One line taken in. {@code report} and the cell's codes may be null where the line named none that exists. */
    public record Line(long fileId, int lineNo, String sha256, String reportId, Cell cell, BigDecimal value, String note,
                       CorrectionState state, String reason) {
    }

    /** Adds a line; a correction accepted takes the place of earlier ones of the same cell. */
    public void add(Line line, long runId) {
        Cell c = line.cell();
        if (line.state() == CorrectionState.ACCEPTED) {
            sql.sql("UPDATE corrections SET state = 'replaced', reason = ?, run_id = ? WHERE report_id = ? AND table_code = ? "
                            + "AND row_code = ? AND column_code = ? AND state IN " + STANDING)
                    .params("line " + line.lineNo() + " of a later file corrects the same cell", runId, line.reportId(), c.tableCode(),
                            c.rowCode(), c.columnCode())
                    .update();
        }
        sql.sql("""
                INSERT INTO corrections (file_id, line_no, sha256, report_id, section, table_code, row_code, column_code, fact_value,
                                         note, state, reason, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(line.fileId(), line.lineNo(), clip(line.sha256(), 64), line.reportId(), c == null ? null : c.section(),
                        c == null ? null : clip(c.tableCode(), 40), c == null ? null : clip(c.rowCode(), 40),
                        c == null ? null : clip(c.columnCode(), 40), line.value(), clip(line.note(), 1000), line.state().code(),
                        clip(line.reason(), 1000), runId)
                .update();
    }

    /** Standing corrections of reports since replaced by a new version of their file: stale. */
    public void markStale(long runId) {
        sql.sql("UPDATE corrections SET state = 'stale', run_id = ?, reason = 'the file was replaced by a new version; "
                        + "corrections do not carry over to it' WHERE state IN " + STANDING
                        + " AND report_id IN (SELECT report_id FROM reports WHERE status = 'superseded')")
                .param(runId).update();
    }

    /** Reports with corrections to apply: new ones, and the standing ones of reports this run read again. */
    public List<String> reportsToApply(long runId) {
        return sql.sql("SELECT DISTINCT c.report_id FROM corrections c JOIN reports r ON r.report_id = c.report_id WHERE r.status IN "
                        + ReportStatus.sql(ReportStatus.HOLDING_FACTS) + " AND (c.state = 'accepted' OR (c.state IN " + STANDING
                        + " AND r.run_id = ?)) ORDER BY c.report_id")
                .param(runId).query(String.class).list();
    }

    public ReportRef report(String reportId) {
        return sql.sql("SELECT report_id, report_seq, status, template FROM reports WHERE report_id = ?").param(reportId)
                .query((rs, i) -> new ReportRef(rs.getString(1), rs.getLong(2), rs.getString(3), Template.ofCode(rs.getString(4))))
                .single();
    }

    public List<CorrectionPlan.Standing> standing(String reportId) {
        return sql.sql("SELECT correction_id, section, table_code, row_code, column_code, fact_value, state FROM corrections "
                        + "WHERE report_id = ? AND state IN " + STANDING + " ORDER BY correction_id")
                .param(reportId)
                .query((rs, i) -> new CorrectionPlan.Standing(rs.getLong(1), new Cell(rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), rs.getBigDecimal(6), CorrectionState.ofCode(rs.getString(7))))
                .list();
    }

    /** The report's skipped rows not yet resolved that name their template row. */
    public List<CorrectionPlan.OpenRow> openRows(String reportId) {
        return sql.sql("SELECT skip_id, section, table_code, row_code, page, box FROM skips WHERE report_id = ? AND row_code IS NOT NULL "
                        + "AND resolved_by IS NULL ORDER BY skip_id")
                .param(reportId)
                .query((rs, i) -> new CorrectionPlan.OpenRow(rs.getLong(1), new Cell.Row(rs.getInt(2), rs.getString(3), rs.getString(4)),
                        PrintedPlace.of((Integer) rs.getObject(5, Integer.class), rs.getString(6))))
                .list();
    }

    /** The numbers the report holds, by cell. */
    public Map<Cell, CorrectionPlan.Held> held(long reportSeq) {
        Map<Cell, CorrectionPlan.Held> held = new HashMap<>();
        jdbc.query("SELECT section, table_code, row_code, column_code, fact_value, method FROM facts WHERE fact_key BETWEEN ? AND ?",
                rs -> {
                    held.put(new Cell(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)), new CorrectionPlan.Held(
                            rs.getBigDecimal(5), rs.getString(6) == null ? ReadMethod.TABLE : ReadMethod.ofCode(rs.getString(6))));
                }, FactKeys.first(reportSeq), FactKeys.last(reportSeq));
        return held;
    }

    /** A section's facts, for its checks to run again. */
    public List<Fact> sectionFacts(long reportSeq, int section) {
        return jdbc.query("SELECT table_code, row_code, column_code, fact_value, unit, raw FROM facts WHERE fact_key BETWEEN ? AND ? "
                        + "AND section = ?",
                (rs, i) -> new Fact(section, rs.getString(1), rs.getString(2), rs.getString(3), new BigDecimal(Fact.plain(rs.getBigDecimal(4))),
                        Unit.ofCode(rs.getString(5)), rs.getString(6)),
                FactKeys.first(reportSeq), FactKeys.last(reportSeq), section);
    }

    /** Loads manual facts, each in place of any number its cell held. */
    public void load(ReportRef report, List<Fact> manual) {
        if (manual.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("DELETE FROM facts WHERE fact_key = ?", manual.stream().map(f -> new Object[] {keys.of(report.reportSeq(), f)}).toList());
        Map<Integer, List<Fact>> bySection = new HashMap<>();
        manual.forEach(f -> bySection.computeIfAbsent(f.section(), k -> new ArrayList<>()).add(f));
        facts.insert(bySection.entrySet().stream().map(e -> new LoadedSection(report.reportId(), report.reportSeq(), e.getKey(),
                e.getValue(), List.of(), List.of(), false)).toList());
    }

    public void resolve(List<CorrectionPlan.Resolved> resolved) {
        jdbc.batchUpdate("UPDATE skips SET resolved_by = ? WHERE skip_id = ?",
                resolved.stream().map(r -> new Object[] {r.correctionId(), r.skipId()}).toList());
    }

    public void record(List<CorrectionPlan.Outcome> outcomes, long runId) {
        jdbc.batchUpdate("UPDATE corrections SET state = ?, reason = ?, parsed_value = ?, run_id = CASE WHEN state = ? "
                        + "AND COALESCE(reason, '') = COALESCE(?, '') THEN run_id ELSE ? END WHERE correction_id = ?",
                outcomes.stream().map(o -> new Object[] {o.state().code(), clip(o.reason(), 1000), o.parsedValue(), o.state().code(),
                    clip(o.reason(), 1000), runId, o.id()}).toList());
    }

    /** A section's failed checks, in place of those recorded before. */
    public void replaceChecks(String reportId, Section section, List<CheckFailure> failures) {
        List<String> rules = TemplateRules.ALL.stream().filter(r -> r.section() == section).map(ConsistencyRule::code).toList();
        jdbc.update("DELETE FROM checks WHERE report_id = ? AND rule IN " + SqlLists.quoted(rules), reportId);
        checks.insert(List.of(new LoadedSection(reportId, 0, section.number(), List.of(), List.of(), failures, false)));
    }

    /** The report's counts from what it now holds; its partition marked for the extracts. */
    public void recount(ReportRef report) {
        jdbc.update("""
                UPDATE reports SET facts = (SELECT COUNT(*) FROM facts WHERE fact_key BETWEEN ? AND ?),
                       skipped_rows = (SELECT COUNT(*) FROM skips WHERE report_id = ? AND reason <> 'SECTION_NOT_FOUND' AND resolved_by IS NULL),
                       failed_checks = (SELECT COUNT(*) FROM checks WHERE report_id = ?) WHERE report_id = ?""",
                FactKeys.first(report.reportSeq()), FactKeys.last(report.reportSeq()), report.reportId(), report.reportId(),
                report.reportId());
        marks.mark(List.of(report.reportId()));
    }

    /** The corrections a run settled, by state, in the states' order; and under "refused files", the files it refused. */
    public Map<String, Integer> outcomesOfRun(long runId) {
        Map<String, Integer> counts = new java.util.TreeMap<>(java.util.Comparator.comparingInt(
                (String code) -> code.equals(REFUSED_FILES) ? Integer.MAX_VALUE : CorrectionState.ofCode(code).ordinal()));
        sql.sql("SELECT state, COUNT(*) FROM corrections WHERE run_id = ? GROUP BY state").param(runId)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        int refused = sql.sql("SELECT COUNT(*) FROM correction_files WHERE run_id = ? AND error IS NOT NULL").param(runId)
                .query(Integer.class).single();
        if (refused > 0) {
            counts.put(REFUSED_FILES, refused);
        }
        return counts;
    }

    public static final String REFUSED_FILES = "refused files";

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
