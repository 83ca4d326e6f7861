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
import org.disclosure.etl.inbox.Harvest;
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
    /** Every change to a report marks its partition: where it was before the change, and where it is after. */
    private final PartitionMarks marks;

    public ReportRepository(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
        this.batch = jdbc;
        this.marks = new PartitionMarks(jdbc);
    }

    /**
     * What the warehouse holds of these hashes: the (file, hash) pairs with a version that is not
     * superseded; the superseded versions by (file, hash), which come back when those bytes return to
     * that path; and for each hash its original, the file first registered with those bytes that is
     * not itself a duplicate.
     */
    public record Registered(Set<List<String>> files, Map<List<String>, String> superseded, Map<String, String> originals) {

        public boolean has(String sourceFile, String sha256) {
            return files.contains(List.of(sourceFile, sha256));
        }

        /** The superseded version holding these bytes at this path, or null. */
        public String returning(String sourceFile, String sha256) {
            return has(sourceFile, sha256) ? null : superseded.get(List.of(sourceFile, sha256));
        }
    }

    /** One query for a batch of hashes; the refused files of {@code unhashedFiles} (no hash) too. */
    public Registered registered(Collection<String> sha256s, Collection<String> unhashedFiles) {
        Set<List<String>> files = new HashSet<>();
        Map<List<String>, String> superseded = new HashMap<>();
        Map<String, String> originals = new HashMap<>();
        if (!sha256s.isEmpty()) {
            batch.query("SELECT source_file, sha256, status, report_id FROM reports WHERE sha256 IN (" + SqlLists.placeholders(sha256s.size())
                    + ") ORDER BY registered_at, source_file", (ResultSet rs) -> {
                        List<String> file = List.of(rs.getString(1), rs.getString(2));
                        ReportStatus status = ReportStatus.of(rs.getString(3));
                        if (status == ReportStatus.SUPERSEDED) {
                            superseded.put(file, rs.getString(4));
                        } else {
                            files.add(file);
                        }
                        if (status != ReportStatus.DUPLICATE && status != ReportStatus.SUPERSEDED && status != ReportStatus.SET_ASIDE) {
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
        return new Registered(files, superseded, originals);
    }

    /**
     * Bytes that come back to the path they were superseded at (a harvester saved an error page over a
     * report one night, the report the next): that version is current again, read anew ({@code pending})
     * or a {@code duplicate} where another file holds the bytes now.
     */
    public void reinstate(List<RegisteredFile> versions, long runId) {
        marks.mark(versions.stream().map(RegisteredFile::reportId).toList());
        versions.forEach(v -> clearLoaded(v.reportId()));
        Timestamp now = Timestamp.from(Instant.now());
        batch.batchUpdate("UPDATE reports SET status = ?, error = ?, run_id = ?, registered_at = ?, facts = 0, skipped_rows = 0,"
                        + " failed_checks = 0 WHERE report_id = ?",
                versions.stream().map(v -> new Object[] {v.status().code(), v.error(), runId, now, v.reportId()}).toList());
    }

    /** New files, in one JDBC batch. */
    public void register(List<RegisteredFile> files, long runId) {
        Timestamp now = Timestamp.from(Instant.now());
        batch.batchUpdate("""
                INSERT INTO reports (report_id, source_file, sha256, format, status, error, run_id, registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", files.stream().map(f -> new Object[] {f.reportId(), f.sourceFile(), f.sha256(),
                    f.format(), f.status().code(), f.error(), runId, now}).toList());
        marks.mark(files.stream().map(RegisteredFile::reportId).toList());
    }

    /**
     * Settling these reports settles which version of each one's path is current; each path has one.
     * A settled version supersedes the others at its path: they become {@code superseded} and their
     * facts are deleted, in the caller's transaction, so the new outcome replaces the old one at once.
     * But a version that failed never supersedes one that holds a report (an error page saved over a
     * report): it is {@code set_aside} and the report stays. A superseded report whose bytes another
     * file still holds (its duplicate) keeps its facts and moves to that file. Returns how many were
     * superseded.
     */
    public int settleVersions(Collection<String> reportIds) {
        if (reportIds.isEmpty()) {
            return 0;
        }
        record Other(String settledId, String settledStatus, String settledError, String id, long seq, String status, String sha256) {
        }
        List<Other> others = batch.query("SELECT n.report_id, n.status, n.error, o.report_id, o.report_seq, o.status, o.sha256 FROM reports n"
                + " JOIN reports o ON o.source_file = n.source_file AND o.report_seq <> n.report_seq"
                + " WHERE n.report_id IN (" + SqlLists.placeholders(reportIds.size()) + ") AND o.status IN " + ReportStatus.sql(ReportStatus.SETTLED),
                (rs, i) -> new Other(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                        rs.getString(7)), reportIds.toArray());
        Map<String, List<Other>> bySettled = others.stream().collect(Collectors.groupingBy(Other::settledId));
        List<Other> superseded = new ArrayList<>();
        for (List<Other> atPath : bySettled.values()) {
            Other first = atPath.get(0);
            Other holding = atPath.stream().filter(o -> ReportStatus.of(o.status()).holdsReport()).findFirst().orElse(null);
            if (ReportStatus.of(first.settledStatus()) == ReportStatus.FAILED && holding != null) {
                marks.mark(List.of(first.settledId()));
                jdbc.sql("UPDATE reports SET status = 'set_aside', error = ? WHERE report_id = ?")
                        .params(oneLine(first.settledError() + " (not taken: the version read before, report " + holding.id()
                                + ", stays current)"), first.settledId()).update();
            } else {
                superseded.addAll(atPath);
            }
        }
        marks.mark(superseded.stream().map(Other::id).toList());
        List<Other> deleted = new ArrayList<>();
        for (Other o : superseded) {
            if (!ReportStatus.of(o.status()).holdsReport() || !moveToDuplicate(o.id(), o.sha256())) {
                deleted.add(o);
            }
        }
        batch.batchUpdate("DELETE FROM facts WHERE fact_key BETWEEN ? AND ?", deleted.stream()
                .map(o -> new Object[] {FactKeys.first(o.seq()), FactKeys.last(o.seq())}).toList());
        batch.batchUpdate("UPDATE reports SET status = 'superseded', error = ?, facts = 0 WHERE report_id = ?", deleted.stream()
                .map(o -> new Object[] {"superseded by a new version of the file (report " + o.settledId() + ")", o.id()}).toList());
        return superseded.size();
    }

    /**
     * A report superseded at its path whose bytes a duplicate still holds moves, facts and all, to
     * the first such file, as a run over today's inbox would have registered it, in place of the
     * duplicate's own row (which held nothing); the other duplicates name their new original.
     */
    private boolean moveToDuplicate(String reportId, String sha256) {
        List<String[]> duplicates = jdbc.sql("SELECT report_id, source_file FROM reports WHERE sha256 = ? AND status = 'duplicate'"
                        + " ORDER BY source_file").param(sha256).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        if (duplicates.isEmpty()) {
            return false;
        }
        String heir = duplicates.get(0)[1];
        marks.markWhere("sha256 = ? AND status = 'duplicate'", sha256);
        jdbc.sql("DELETE FROM reports WHERE report_id = ?").param(duplicates.get(0)[0]).update();
        jdbc.sql("UPDATE reports SET source_file = ? WHERE report_id = ?").params(heir, reportId).update();
        jdbc.sql("UPDATE reports SET error = ? WHERE sha256 = ? AND status = 'duplicate'").params("same bytes as " + heir, sha256).update();
        return true;
    }

    /** What a report's reading loaded (facts, skips, checks, narrative, staged sections), deleted so that it can be read again. */
    public void clearLoaded(String reportId) {
        marks.mark(List.of(reportId));
        long seq = jdbc.sql("SELECT report_seq FROM reports WHERE report_id = ?").param(reportId).query(Long.class).single();
        batch.update("DELETE FROM facts WHERE fact_key BETWEEN ? AND ?", FactKeys.first(seq), FactKeys.last(seq));
        for (String table : List.of("skips", "checks", "narrative_sections", "staged_sections")) {
            batch.update("DELETE FROM " + table + " WHERE report_id = ?", reportId);
        }
    }

    /** Folders refused by earlier runs that can be read now (not among {@code stillRefused}): their files are taken in, the refusal is history. */
    public void retireReadableFolders(List<String> stillRefused) {
        String refusedBefore = "status = 'failed' AND sha256 = '' AND source_file LIKE '%/'"
                + (stillRefused.isEmpty() ? "" : " AND source_file NOT IN (" + SqlLists.placeholders(stillRefused.size()) + ")");
        marks.markWhere(refusedBefore, stillRefused.toArray());
        jdbc.sql("UPDATE reports SET status = 'superseded', error = 'the folder can be read again; its files are taken in' WHERE "
                + refusedBefore).params(new ArrayList<Object>(stillRefused)).update();
    }

    /** A located report: its header and place, and its counts zeroed for its section steps to add up. */
    public void saveLocated(String reportId, ReportTitle title, Jurisdiction place, Template template, List<Integer> missingSections,
                            List<String> warnings, String parserVersion, long readMillis, Harvest harvest) {
        marks.mark(List.of(reportId));
        jdbc.sql("""
                UPDATE reports SET status = 'read', error = NULL, title = ?, jurisdiction = ?, agency = ?, level = ?,
                       province = ?, prefecture = ?, county = ?, division_code = ?, report_year = ?,
                       template = ?, warnings = ?, parser_version = ?, read_ms = ?, missing_sections = ?,
                       facts = 0, skipped_rows = 0, failed_checks = 0, unit_unknown = FALSE, extract_part = NULL,
                       source_url = ?, retrieved_at = ? WHERE report_id = ?""")
                .params(title.title(), place.name(), title.agency(), place.level(), place.province(), place.prefecture(),
                        place.county(), place.divisionCode(), title.reportYear(), template.code(),
                        String.join(";", warnings), parserVersion, readMillis,
                        String.join(",", missingSections.stream().map(String::valueOf).toList()), harvest.sourceUrl(),
                        harvest.retrievedAt(), reportId)
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
        marks.mark(List.of(reportId));
        jdbc.sql("UPDATE reports SET run_id = ? WHERE report_id = ?").params(runId, reportId).update();
    }

    public long countPending() {
        return jdbc.sql("SELECT COUNT(*) FROM reports WHERE status = 'pending'").query(Long.class).single();
    }

    public void markFailed(String reportId, String reason, String parserVersion, long readMillis) {
        jdbc.sql("UPDATE reports SET status = 'failed', error = ?, parser_version = ?, read_ms = ? WHERE report_id = ?")
                .params(oneLine(reason), parserVersion, readMillis, reportId).update();
        marks.mark(List.of(reportId));
    }

    /** A report's settled status. */
    public record Finished(String reportId, ReportStatus status, String error, List<String> warnings) {
    }

    /** Settles reports, in one JDBC batch. */
    public void finish(List<Finished> finished) {
        batch.batchUpdate("UPDATE reports SET status = ?, error = ?, warnings = ? WHERE report_id = ?",
                finished.stream().map(f -> new Object[] {f.status().code(), f.error() == null ? null : oneLine(f.error()),
                    String.join(";", f.warnings()), f.reportId()}).toList());
        marks.mark(finished.stream().map(Finished::reportId).toList());
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
    /** The query a read step's partition reads: its pending files (report ids LIKE the parameter), in path order. */
    public static final String PENDING_LIKE_SQL = "SELECT report_id, report_seq, source_file, format, sha256 FROM reports"
            + " WHERE status = 'pending' AND report_id LIKE ? ORDER BY source_file";

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
