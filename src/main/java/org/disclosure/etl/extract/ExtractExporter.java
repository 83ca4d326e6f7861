package org.disclosure.etl.extract;

import org.disclosure.etl.warehouse.ReportStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Set;
import java.util.function.Consumer;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.warehouse.FactKeys;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Writes the extract file set of {@code docs/extracts.md} from the warehouse: reports, facts,
 * checks, skips, the codebook and the three wide views, nationally and per province
 * ({@code by-province/<province>/}) in the same pass. Facts are streamed report by report, so the
 * extracts of a national year need no more memory than those of one report.
 */
public class ExtractExporter {

    private static final String REPORT_COLUMNS = "r.report_id, r.source_file, r.province, r.division_code, r.jurisdiction, r.report_year, r.template, r.report_seq";
    private static final String FACTS_OF_REPORT = "SELECT section, table_code, row_code, column_code, fact_value, unit, raw FROM facts"
            + " WHERE fact_key BETWEEN ? AND ?";
    private static final String FINISHED = "r.status IN " + ReportStatus.sql(ReportStatus.SETTLED);
    private static final String LOADED = "r.status IN " + ReportStatus.sql(ReportStatus.HOLDING_FACTS);
    private static final String[] REPORT_HEADER = {"report_id", "source_file", "sha256", "format", "status", "error", "title",
        "jurisdiction", "agency", "level", "province", "prefecture", "county", "division_code", "report_year", "template",
        "facts", "skipped_rows", "failed_checks", "warnings"};

    private final JdbcTemplate jdbc;
    private final Codebook codebook;
    private final CodebookOrder order;

    private final TransactionOperations readOnly;

    /**
     * @param readOnly runs each part in a read-only transaction of its own thread's: with autocommit
     *                 off, PostgreSQL streams a result by the fetch size instead of holding all of it
     */
    public ExtractExporter(JdbcTemplate jdbc, Codebook codebook, TransactionOperations readOnly) {
        this.jdbc = jdbc;
        this.readOnly = readOnly;
        this.codebook = codebook;
        this.order = new CodebookOrder(codebook);
    }

    /** A part of the file set, written on its own. */
    private interface Part {
        void write() throws IOException;
    }

    /** The file set, nationally and per province ({@code by-province/<province>/}). */
    public void export(Path dir, int threads) throws IOException {
        export(dir, threads, jdbc.queryForList("SELECT DISTINCT province FROM reports r WHERE " + FINISHED
                + " AND province IS NOT NULL AND province <> '' ORDER BY province", String.class));
    }

    /** The national files alone (the published site cuts its own province downloads). */
    public void exportNational(Path dir, int threads) throws IOException {
        export(dir, threads, List.of());
    }

    /**
     * The file set, its independent parts (facts and wide views; reports; checks; skips; codebooks)
     * written at once on up to {@code threads} threads: facts take longest, the rest fit beside them.
     */
    private void export(Path dir, int threads, List<String> provinces) throws IOException {
        List<Part> parts = List.of(() -> factsAndWideViews(dir, provinces, threads), () -> reports(dir, provinces),
                () -> checks(dir, provinces), () -> skips(dir, provinces), () -> {
                    codebook(dir.resolve("codebook.csv"));
                    for (String province : provinces) {
                        codebook(dir.resolve("by-province").resolve(province).resolve("codebook.csv"));
                    }
                });
        ExecutorService pool = threads("export", Math.min(threads, parts.size()));
        try {
            List<Future<Void>> written = new ArrayList<>();
            for (Part part : parts) {
                written.add(pool.submit(() -> {
                    readOnly.executeWithoutResult(status -> {
                        try {
                            part.write();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    return null;
                }));
            }
            for (Future<Void> f : written) {
                f.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("export interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A pool of {@code size} (at least one) daemon threads: an export that fails leaves none to hold the JVM open. */
    static ExecutorService threads(String name, int size) {
        return Executors.newFixedThreadPool(Math.max(1, size), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    private void reports(Path dir, List<String> provinces) throws IOException {
        try (ProvinceFanOut out = new ProvinceFanOut(dir, provinces, "reports.csv", REPORT_HEADER, Set.of(14, 16, 17, 18))) {
            jdbc.query("SELECT r.* FROM reports r WHERE " + FINISHED + " ORDER BY r.source_file, r.report_id", (ResultSet rs) -> {
                String[] cells = new String[REPORT_HEADER.length];
                for (int i = 0; i < REPORT_HEADER.length; i++) {
                    cells[i] = rs.getString(REPORT_HEADER[i]);
                }
                out.write(rs.getString("province"), cells);
            });
            out.commit();
        }
    }

    /**
     * facts.csv and the three wide views, from one pass over the facts, report by report: this
     * thread reads each report's facts, {@link ReportLines} formats them on {@code threads}
     * threads, and this thread writes the lines in report order as they come back.
     */
    private void factsAndWideViews(Path dir, List<String> provinces, int threads) throws IOException {
        List<WideView> views = List.of(new WideView("applications.csv", 3, codebook.columnCodes(3), false, order),
                new WideView("review_litigation.csv", 4, codebook.columnCodes(4), false, order),
                new WideView("proactive.csv", 2, codebook.columnCodes(2), true, order));
        List<ProvinceFanOut> outs = new ArrayList<>();
        try {
            outs.add(new ProvinceFanOut(dir, provinces, "facts.csv", ReportLines.FACTS_HEADER, ReportLines.FACTS_NUMERIC));
            for (WideView view : views) {
                outs.add(new ProvinceFanOut(dir, provinces, view.file(), view.header(), view.numericColumns()));
            }
            try (ReportLines lines = new ReportLines(threads, outs, views, order)) {
                forEachReportsFacts(lines::add);
                lines.finish();
            }
            for (ProvinceFanOut out : outs) {
                out.commit();
            }
        } finally {
            for (ProvinceFanOut out : outs) {
                out.close();
            }
        }
    }

    private void checks(Path dir, List<String> provinces) throws IOException {
        String[] header = {"report_id", "source_file", "rule", "row_code", "column_code", "expected", "actual", "message"};
        try (ProvinceFanOut out = new ProvinceFanOut(dir, provinces, "checks.csv", header, Set.of(5, 6))) {
            jdbc.query("SELECT r.report_id, r.source_file, c.rule, c.row_code, c.column_code, c.expected, c.actual, c.message, r.province "
                    + "FROM checks c JOIN reports r ON r.report_id = c.report_id WHERE " + LOADED
                    + " ORDER BY r.source_file, c.rule, c.row_code, c.column_code", (ResultSet rs) -> {
                        out.write(rs.getString(9), rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), Fact.plain(rs.getBigDecimal(6)), Fact.plain(rs.getBigDecimal(7)), rs.getString(8));
                    });
            out.commit();
        }
    }

    private void skips(Path dir, List<String> provinces) throws IOException {
        String[] header = {"run_id", "report_id", "source_file", "section", "table_code", "row_label", "raw", "reason", "message"};
        try (ProvinceFanOut out = new ProvinceFanOut(dir, provinces, "skips.csv", header, Set.of(0, 3))) {
            jdbc.query("SELECT s.run_id, r.report_id, r.source_file, s.section, s.table_code, s.row_label, s.raw, s.reason, s.message, "
                    + "r.province FROM skips s JOIN reports r ON r.report_id = s.report_id WHERE " + FINISHED
                    + " ORDER BY r.source_file, s.section, s.skip_id", (ResultSet rs) -> {
                        String[] cells = new String[header.length];
                        for (int i = 0; i < header.length; i++) {
                            cells[i] = rs.getString(i + 1);
                        }
                        out.write(rs.getString(10), cells);
                    });
            out.commit();
        }
    }

    private void codebook(Path file) throws IOException {
        try (CsvExtractWriter out = new CsvExtractWriter(file, Codebook.header(), Set.of(1))) {
            codebook.entries().forEach(out::write);
            out.commit();
        }
    }

    /**
     * Streams the facts of loaded reports in report order, handing over one report's facts at a time.
     * Each report's facts are one range of the facts key, read through one prepared statement, so no
     * database sorts the whole facts table, and memory holds the few reports being formatted.
     */
    private void forEachReportsFacts(Consumer<ReportLines.StoredReport> perReport) {
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try (PreparedStatement factsOf = con.prepareStatement(FACTS_OF_REPORT)) {
                jdbc.query("SELECT " + REPORT_COLUMNS + " FROM reports r WHERE " + LOADED + " ORDER BY r.source_file, r.report_id",
                        (ResultSet rs) -> {
                            String[] report = new String[7];
                            for (int i = 0; i < report.length; i++) {
                                report[i] = rs.getString(i + 1);
                            }
                            List<ReportLines.StoredFact> facts = factsOf(factsOf, rs.getLong(8));
                            if (!facts.isEmpty()) {
                                perReport.accept(new ReportLines.StoredReport(report, facts));
                            }
                        });
            }
            return null;
        });
    }

    /** One report's facts as stored. */
    private static List<ReportLines.StoredFact> factsOf(PreparedStatement factsOf, long reportSeq) throws SQLException {
        factsOf.setLong(1, FactKeys.first(reportSeq));
        factsOf.setLong(2, FactKeys.last(reportSeq));
        List<ReportLines.StoredFact> facts = new ArrayList<>();
        try (ResultSet rs = factsOf.executeQuery()) {
            while (rs.next()) {
                facts.add(new ReportLines.StoredFact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getString(6), rs.getString(7)));
            }
        }
        return facts;
    }
}
