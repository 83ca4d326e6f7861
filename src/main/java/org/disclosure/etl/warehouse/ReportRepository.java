package org.disclosure.etl.warehouse;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosure.etl.jurisdiction.Jurisdiction;
import org.disclosure.etl.report.ReportTitle;
import org.disclosure.etl.report.Template;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reports table: one row per input file seen, and its status. */
public class ReportRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public ReportRepository(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
        this.batch = jdbc;
    }

    /**
     * What the warehouse holds of these hashes: every (file, hash) pair registered, and for each hash
     * its original, the file first registered with those bytes that is not itself a duplicate.
     */
    public record Registered(Set<List<String>> files, Map<String, String> originals) {

        public boolean has(String sourceFile, String sha256) {
            return files.contains(List.of(sourceFile, sha256));
        }
    }

    /** One query for a batch of hashes; the refused files of {@code unhashedFiles} (no hash) too. */
    public Registered registered(Collection<String> sha256s, Collection<String> unhashedFiles) {
        Set<List<String>> files = new HashSet<>();
        Map<String, String> originals = new HashMap<>();
        if (!sha256s.isEmpty()) {
            batch.query("SELECT source_file, sha256, status FROM reports WHERE sha256 IN (" + SqlLists.placeholders(sha256s.size())
                    + ") ORDER BY registered_at, source_file", (ResultSet rs) -> {
                        files.add(List.of(rs.getString(1), rs.getString(2)));
                        if (!rs.getString(3).equals(ReportStatus.DUPLICATE.code()) && !rs.getString(3).equals(ReportStatus.SUPERSEDED.code())) {
                            originals.putIfAbsent(rs.getString(2), rs.getString(1));
                        }
                    }, sha256s.toArray());
        }
        if (!unhashedFiles.isEmpty()) {
            batch.query("SELECT source_file FROM reports WHERE sha256 = '' AND source_file IN (" + SqlLists.placeholders(unhashedFiles.size())
                    + ")", (ResultSet rs) -> {
                        files.add(List.of(rs.getString(1), ""));
                    }, unhashedFiles.toArray());
        }
        return new Registered(files, originals);
    }

    /** New files, in one JDBC batch. */
    public void register(List<RegisteredFile> files, long runId) {
        Timestamp now = Timestamp.from(Instant.now());
        batch.batchUpdate("""
                INSERT INTO reports (report_id, source_file, sha256, format, status, error, run_id, registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", files.stream().map(f -> new Object[] {f.reportId(), f.sourceFile(), f.sha256(),
                    f.format(), f.status().code(), f.error(), runId, now}).toList());
    }

    /**
     * Settling these reports supersedes the versions registered earlier at their paths (a file
     * replaced in place): those become {@code superseded} and their facts are deleted, in the
     * caller's transaction, so the new version's outcome replaces the old one's at once and each
     * path has one current report. Returns how many were superseded.
     */
    public int supersedeEarlierVersions(Collection<String> reportIds) {
        if (reportIds.isEmpty()) {
            return 0;
        }
        List<Object[]> earlier = batch.query("SELECT o.report_id, o.report_seq, n.report_id FROM reports n"
                + " JOIN reports o ON o.source_file = n.source_file AND o.report_seq < n.report_seq"
                + " WHERE n.report_id IN (" + SqlLists.placeholders(reportIds.size()) + ") AND o.status <> 'superseded'",
                (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3)}, reportIds.toArray());
        batch.batchUpdate("DELETE FROM facts WHERE fact_key BETWEEN ? AND ?", earlier.stream()
                .map(e -> new Object[] {FactKeys.first((Long) e[1]), FactKeys.last((Long) e[1])}).toList());
        batch.batchUpdate("UPDATE reports SET status = 'superseded', error = ?, facts = 0 WHERE report_id = ?", earlier.stream()
                .map(e -> new Object[] {"superseded by a new version of the file (report " + e[2] + ")", e[0]}).toList());
        return earlier.size();
    }

    /** Folders refused by earlier runs that can be read now (not among {@code stillRefused}): their files are taken in, the refusal is history. */
    public void retireReadableFolders(List<String> stillRefused) {
        List<Object> params = new ArrayList<>(stillRefused);
        jdbc.sql("UPDATE reports SET status = 'superseded', error = 'the folder can be read again; its files are taken in'"
                        + " WHERE status = 'failed' AND sha256 = '' AND source_file LIKE '%/'"
                        + (stillRefused.isEmpty() ? "" : " AND source_file NOT IN (" + SqlLists.placeholders(stillRefused.size()) + ")"))
                .params(params).update();
    }

    /** A located report: its header and place, and its counts zeroed for its section steps to add up. */
    public void saveLocated(String reportId, ReportTitle title, Jurisdiction place, Template template, List<Integer> missingSections,
                            List<String> warnings, String parserVersion, long readMillis) {
        jdbc.sql("""
                UPDATE reports SET status = 'read', error = NULL, title = ?, jurisdiction = ?, agency = ?, level = ?,
                       province = ?, prefecture = ?, county = ?, division_code = ?, report_year = ?,
                       template = ?, warnings = ?, parser_version = ?, read_ms = ?, missing_sections = ?,
                       facts = 0, skipped_rows = 0, failed_checks = 0, unit_unknown = FALSE WHERE report_id = ?""")
                .params(title.title(), place.name(), title.agency(), place.level(), place.province(), place.prefecture(),
                        place.county(), place.divisionCode(), title.reportYear(), template.code(),
                        String.join(";", warnings), parserVersion, readMillis,
                        String.join(",", missingSections.stream().map(String::valueOf).toList()), reportId)
                .update();
    }

    /** Adds loaded sections' counts to their reports, in one JDBC batch of updates by key. */
    public void addSections(List<LoadedSection> sections) {
        batch.batchUpdate("""
                UPDATE reports SET facts = facts + ?, skipped_rows = skipped_rows + ?, failed_checks = failed_checks + ?,
                       unit_unknown = (unit_unknown OR ?) WHERE report_id = ?""",
                sections.stream().map(s -> new Object[] {s.facts().size(), s.skips().size(), s.failures().size(),
                    s.unitUnknown(), s.reportId()}).toList());
    }
    /** Reports of the given statuses, with content, registered or last re-read before run {@code runId}. */
    public List<PendingReport> toReprocess(List<String> statuses, long runId) {
        String in = String.join(", ", Collections.nCopies(statuses.size(), "?"));
        List<Object> params = new ArrayList<>(statuses);
        params.add(runId);
        return jdbc.sql("SELECT report_id, report_seq, source_file, format, sha256 FROM reports WHERE status IN (" + in + ")"
                        + " AND sha256 <> '' AND run_id <> ? ORDER BY source_file")
                .params(params)
                .query(PendingReport.ROW_MAPPER)
                .list();
    }

    public void assignRun(String reportId, long runId) {
        jdbc.sql("UPDATE reports SET run_id = ? WHERE report_id = ?").params(runId, reportId).update();
    }

    public long countPending() {
        return jdbc.sql("SELECT COUNT(*) FROM reports WHERE status = 'pending'").query(Long.class).single();
    }

    public void markFailed(String reportId, String reason, String parserVersion, long readMillis) {
        jdbc.sql("UPDATE reports SET status = 'failed', error = ?, parser_version = ?, read_ms = ? WHERE report_id = ?")
                .params(oneLine(reason), parserVersion, readMillis, reportId).update();
    }

    /** A report's settled status. */
    public record Finished(String reportId, ReportStatus status, String error, List<String> warnings) {
    }

    /** Settles reports, in one JDBC batch. */
    public void finish(List<Finished> finished) {
        batch.batchUpdate("UPDATE reports SET status = ?, error = ?, warnings = ? WHERE report_id = ?",
                finished.stream().map(f -> new Object[] {f.status().code(), f.error() == null ? null : oneLine(f.error()),
                    String.join(";", f.warnings()), f.reportId()}).toList());
    }

    public List<String> idsWithStatus(ReportStatus status) {
        return jdbc.sql("SELECT report_id FROM reports WHERE status = ? ORDER BY source_file")
                .param(status.code()).query(String.class).list();
    }

    /** What settling a report's status needs: what its read and section steps recorded. */
    public record ReadReport(String reportId, String sourceFile, List<String> warnings, int facts, int skippedRows,
                             int failedChecks, List<Integer> missingSections, boolean unitUnknown) {
    }

    private static final String READ_REPORT_COLUMNS =
            "report_id, source_file, warnings, facts, skipped_rows, failed_checks, missing_sections, unit_unknown FROM reports";

    /** The query the complete step reads: reports whose sections are all loaded. */
    public static final String READ_REPORTS_SQL = "SELECT " + READ_REPORT_COLUMNS + " WHERE status = 'read' ORDER BY report_id";

    public static final RowMapper<ReadReport> READ_REPORT = (rs, i) -> new ReadReport(rs.getString(1), rs.getString(2),
            list(rs.getString(3), ";"), rs.getInt(4), rs.getInt(5), rs.getInt(6),
            list(rs.getString(7), ",").stream().map(Integer::valueOf).sorted().toList(), rs.getBoolean(8));

    private static List<String> list(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(separator));
    }

    public ReadReport readReport(String reportId) {
        return jdbc.sql("SELECT " + READ_REPORT_COLUMNS + " WHERE report_id = ?").param(reportId).query(READ_REPORT).single();
    }

    /** Reports per status among those a run registered. */
    public Map<String, Integer> statusCounts(long runId) {
        return jdbc.sql("SELECT status, COUNT(*) AS n FROM reports WHERE run_id = ? GROUP BY status")
                .param(runId)
                .query((rs, i) -> Map.entry(rs.getString("status"), rs.getInt("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Totals over what a run did: facts and failed checks of the reports it registered; skipped rows
     * and sections not found as its rows of skips.csv count them, so that the two always agree.
     */
    public int[] totals(long runId) {
        int[] reportTotals = jdbc.sql("SELECT COALESCE(SUM(facts),0), COALESCE(SUM(failed_checks),0) FROM reports WHERE run_id = ?")
                .param(runId).query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        int[] skipTotals = jdbc.sql("SELECT COALESCE(SUM(CASE WHEN reason = 'SECTION_NOT_FOUND' THEN 0 ELSE 1 END),0),"
                        + " COALESCE(SUM(CASE WHEN reason = 'SECTION_NOT_FOUND' THEN 1 ELSE 0 END),0) FROM skips WHERE run_id = ?")
                .param(runId).query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        return new int[] {reportTotals[0], skipTotals[0], skipTotals[1], reportTotals[1]};
    }

    static String oneLine(String text) {
        String line = text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return line.length() > 1000 ? line.substring(0, 997) + "..." : line;
    }
}
