package org.disclosure.etl.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.warehouse.ExtractQueries.StoredFact;
import org.disclosure.etl.warehouse.ExtractQueries.StoredReport;
import org.disclosure.etl.warehouse.Partition;

/**
 * Turns reports' stored facts into the lines of facts.csv and of the wide views on a pool of
 * threads, and writes them in the order the reports were added. Formatting (codebook order,
 * numbers, quoting, UTF-8) is most of the export's work, and no report's depends on another's; the
 * files come out byte for byte as one thread would write them.
 */
final class ReportLines implements AutoCloseable {

    static final String[] FACTS_HEADER = {"report_id", "source_file", "province", "division_code", "jurisdiction", "report_year",
        "template", "section", "table_code", "row_code", "column_code", "value", "unit", "raw", "method", "page",
        "box"};
    static final Set<Integer> FACTS_NUMERIC = Set.of(5, 7, 11, 15);
    /** Reports formatted ahead of the writer per thread: enough to keep each busy, few enough to hold. */
    private static final int AHEAD_PER_THREAD = 8;

    /** A report's lines of each file, and the partition they go to. */
    private record Lines(Partition partition, List<List<byte[]>> files) {
    }

    private final List<PartitionedFile> outs;
    private final List<WideView> views;
    private final CodebookOrder order;
    private final ExecutorService pool;
    private final int ahead;
    private final Deque<Future<Lines>> pending = new ArrayDeque<>();

    /** @param outs facts.csv, then one file for each of {@code views} */
    ReportLines(int threads, List<PartitionedFile> outs, List<WideView> views, CodebookOrder order) {
        this.outs = outs;
        this.views = views;
        this.order = order;
        this.pool = ExtractExporter.threads("export-lines", threads);
        this.ahead = Math.max(1, threads) * AHEAD_PER_THREAD;
    }

    void add(StoredReport report) {
        pending.add(pool.submit(() -> lines(report)));
        while (pending.size() > ahead) {
            write(pending.poll());
        }
    }

    /** Writes what is still being formatted. */
    void finish() {
        while (!pending.isEmpty()) {
            write(pending.poll());
        }
    }

    private void write(Future<Lines> formatted) {
        Lines lines;
        try {
            lines = formatted.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("export interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        for (int i = 0; i < lines.files().size(); i++) {
            for (byte[] line : lines.files().get(i)) {
                outs.get(i).writeLine(lines.partition(), line);
            }
        }
    }

    /** One report's lines of each file. */
    private Lines lines(StoredReport report) {
        List<String[]> facts = inCodebookOrder(report);
        List<List<byte[]>> files = new ArrayList<>(1 + views.size());
        files.add(encoded(outs.get(0), facts));
        for (int v = 0; v < views.size(); v++) {
            files.add(encoded(outs.get(v + 1), views.get(v).rows(facts)));
        }
        return new Lines(report.partition(), files);
    }

    /** Rows as lines of {@code out}'s file, UTF-8 encoded. */
    private static List<byte[]> encoded(PartitionedFile out, List<String[]> rows) {
        List<byte[]> lines = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            lines.add(out.line(row).getBytes(StandardCharsets.UTF_8));
        }
        return lines;
    }

    /** The report's facts as facts.csv rows, in codebook order. */
    private List<String[]> inCodebookOrder(StoredReport report) {
        List<Ranked> ranked = new ArrayList<>(report.facts().size());
        for (StoredFact stored : report.facts()) {
            String[] fact = Arrays.copyOf(report.report(), FACTS_HEADER.length);
            fact[7] = stored.section();
            fact[8] = stored.tableCode();
            fact[9] = stored.rowCode();
            fact[10] = stored.columnCode();
            fact[11] = Fact.plain(stored.value());
            fact[12] = stored.unit();
            fact[13] = stored.raw();
            fact[14] = stored.method();
            fact[15] = stored.page();
            fact[16] = stored.box();
            ranked.add(new Ranked(order.cell(fact[8], fact[9], fact[10]), fact));
        }
        ranked.sort(Ranked.ORDER);
        return ranked.stream().map(Ranked::fact).toList();
    }

    /** A fact with its cell's place in the codebook; cells the codebook lacks go last, by their codes. */
    private record Ranked(int rank, String[] fact) {
        static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::rank)
                .thenComparing(r -> r.fact()[8]).thenComparing(r -> r.fact()[9]).thenComparing(r -> r.fact()[10]);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
