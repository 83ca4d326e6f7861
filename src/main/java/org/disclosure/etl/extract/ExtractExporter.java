package org.disclosure.etl.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.warehouse.ExtractQueries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Writes the extract file set of {@code docs/extracts.md} from the warehouse: reports, facts,
 * checks, skips, the codebook and the three wide views, nationally and per province
 * ({@code by-province/<province>/}) in the same pass. Facts are streamed report by report, so the
 * extracts of a national year need no more memory than those of one report.
 */
public class ExtractExporter {

    private static final String[] REPORT_HEADER = {"report_id", "source_file", "sha256", "format", "status", "error", "title",
        "jurisdiction", "agency", "level", "province", "prefecture", "county", "division_code", "report_year", "template",
        "facts", "skipped_rows", "failed_checks", "warnings"};

    private final ExtractQueries queries;
    private final Codebook codebook;
    private final CodebookOrder order;

    private final TransactionOperations readOnly;

    /**
     * @param readOnly runs each part in a read-only transaction of its own thread's: with autocommit
     *                 off, PostgreSQL streams a result by the fetch size instead of holding all of it
     */
    public ExtractExporter(JdbcTemplate jdbc, Codebook codebook, TransactionOperations readOnly) {
        this.queries = new ExtractQueries(jdbc);
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
        export(dir, threads, queries.provinces());
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
            queries.reports(rs -> {
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
                queries.forEachReportsFacts(lines::add);
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
            queries.checks(rs -> {
                        out.write(rs.getString(9), rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), Fact.plain(rs.getBigDecimal(6)), Fact.plain(rs.getBigDecimal(7)), rs.getString(8));
                    });
            out.commit();
        }
    }

    private void skips(Path dir, List<String> provinces) throws IOException {
        String[] header = {"run_id", "report_id", "source_file", "section", "table_code", "row_label", "raw", "reason", "message"};
        try (ProvinceFanOut out = new ProvinceFanOut(dir, provinces, "skips.csv", header, Set.of(0, 3))) {
            queries.skips(rs -> {
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
}
