package org.disclosure.etl.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.disclosure.etl.files.FolderTree;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.warehouse.ExtractQueries;
import org.disclosure.etl.warehouse.Partition;
import org.disclosure.etl.warehouse.PartitionMarks;
import org.disclosure.etl.warehouse.PartitionMarks.WrittenSet;
import org.disclosure.etl.warehouse.ReportParts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Writes the extract file set of {@code docs/extracts.md} from the warehouse, by partition (a part of
 * at most 100 reports of one report year and province): reports, facts, checks, skips and the three
 * wide views of each partition in its folder, the codebook and {@code manifest.csv} beside them. A set starts from the one published
 * before: the partitions whose reports changed since are written again, the others carried over by
 * hard link, so a night's export costs what the night changed. Facts are streamed report by report,
 * so the extracts of a national year need no more memory than those of one report.
 */
public class ExtractExporter {

    /** The layout of the sets this version writes: a set of another layout is written whole. */
    public static final String LAYOUT = "year-province/1";
    /** The file that names a set, so that the warehouse can tell the set it wrote from any other. */
    static final String TOKEN = ".set-token";

    static final String[] REPORT_HEADER = {"report_id", "source_file", "sha256", "format", "status", "error", "title",
        "jurisdiction", "agency", "level", "province", "prefecture", "county", "division_code", "report_year", "template",
        "facts", "skipped_rows", "failed_checks", "warnings", "source_url", "retrieved_at"};
    private static final String[] CHECK_HEADER = {"report_id", "source_file", "rule", "row_code", "column_code", "expected", "actual",
        "message"};
    private static final String[] SKIP_HEADER = {"run_id", "report_id", "source_file", "section", "table_code", "row_label", "raw",
        "reason", "message", "row_code", "resolved"};

    private final ExtractQueries queries;
    private final PartitionMarks marks;
    private final ReportParts parts;
    private final Codebook codebook;
    private final CodebookOrder order;
    private final TransactionOperations readOnly;
    private final TransactionOperations ownTransaction;

    /**
     * A set written: what the warehouse records once it is published, the partitions read again
     * (null: all, the set was written whole) and how many partitions were written and carried over.
     */
    public record Exported(WrittenSet set, Set<Partition> rewritten, int written, int carried) {

        /** For the run's summary: {@code 3 partitions written, 151 carried over}. */
        public String summary() {
            return rewritten == null ? "all " + written + " partitions written" : written + " partitions written, " + carried + " carried over";
        }

        /** Whether the files of {@code partition} may differ from those of the set before. */
        public boolean rewrote(Partition partition) {
            return rewritten == null || rewritten.contains(partition);
        }

        /** Whether the files of any partition of {@code place} (a year and province) may differ from those of the set before. */
        public boolean rewrotePlace(Partition place) {
            return rewritten == null || rewritten.stream().anyMatch(p -> p.place().equals(place));
        }
    }

    /**
     * @param readOnly       runs each part in a read-only transaction of its own thread's: with autocommit
     *                       off, PostgreSQL streams a result by the fetch size instead of holding all of it
     * @param ownTransaction commits the reports' parts before the parts' threads read them (an export
     *                       step's own transaction would hold them back until its end)
     */
    public ExtractExporter(JdbcTemplate jdbc, Codebook codebook, TransactionOperations readOnly, TransactionOperations ownTransaction) {
        this.queries = new ExtractQueries(jdbc);
        this.marks = new PartitionMarks(jdbc);
        this.parts = new ReportParts(jdbc);
        this.readOnly = readOnly;
        this.ownTransaction = ownTransaction;
        this.codebook = codebook;
        this.order = new CodebookOrder(codebook);
    }

    /** A part of the file set, written on its own: the manifest entries of the files it wrote. */
    private interface Part {
        List<Manifest.Entry> write() throws IOException;
    }

    /**
     * Writes a set into the new folder {@code dir} for {@code target} (where it will be published),
     * starting from {@code previous}, the set published there now: only if that is the set this
     * warehouse wrote there last, in this layout, and {@code whole} is false; otherwise every
     * partition is written.
     */
    public Exported export(Path dir, String target, Optional<Path> previous, boolean whole, int threads) throws IOException {
        Optional<WrittenSet> last = marks.written(target);
        Optional<Manifest> before = whole || last.isEmpty() || !last.get().layout().equals(LAYOUT) ? Optional.empty()
                : previous.filter(p -> last.get().token().equals(token(p))).flatMap(Manifest::read);
        // the reports new to the extracts get their parts first: their marks are part of this set
        ownTransaction.executeWithoutResult(status -> parts.assign(before.isPresent()
                ? marks.marked(last.get().throughMark(), marks.last()) : null));
        long through = marks.last();
        Set<Partition> rewrite = before.isPresent() ? marks.marked(last.get().throughMark(), through).stream()
                .filter(p -> p.part() != null).collect(Collectors.toCollection(TreeSet::new)) : null;
        Set<Partition> present = queries.partitions(rewrite);
        List<Manifest.Entry> carried = before.map(b -> b.entries().stream().filter(e -> !rewrite.contains(e.partition())).toList())
                .orElse(List.of());
        List<Part> parts = new ArrayList<>(List.of(() -> factsAndWideViews(dir, rewrite, present, threads),
                () -> reports(dir, rewrite, present), () -> checks(dir, rewrite, present), () -> skips(dir, rewrite, present)));
        if (!carried.isEmpty()) {
            parts.add(1, () -> carry(previous.get(), dir, carried));   // beside the facts: it is the file system's work, not the CPU's
        }
        List<Manifest.Entry> entries = present.isEmpty() && carried.isEmpty() ? List.of() : write(parts, threads);
        codebook(dir.resolve("codebook.csv"));
        new Manifest(entries).write(dir);
        String token = UUID.randomUUID().toString();
        Files.writeString(dir.resolve(TOKEN), token);
        return new Exported(new WrittenSet(token, LAYOUT, through), rewrite, present.size(),
                (int) carried.stream().map(Manifest.Entry::partition).distinct().count());
    }

    /** The files of {@code carried} into the new set, by hard link. */
    private static List<Manifest.Entry> carry(Path previous, Path dir, List<Manifest.Entry> carried) throws IOException {
        for (Manifest.Entry e : carried) {
            FolderTree.link(previous.resolve(e.path()), dir.resolve(e.path()));
        }
        return carried;
    }

    /** Records that the set {@code exported} is now the one published at {@code target}. */
    public void published(String target, Exported exported) {
        marks.published(target, exported.set());
    }

    private static String token(Path set) {
        try {
            return Files.readString(set.resolve(TOKEN)).trim();
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The set's independent parts (facts and wide views; reports; checks; skips; the files carried
     * over) written at once on up to {@code threads} threads: facts take longest, the rest fit
     * beside them. Returns the manifest entries of all.
     */
    private List<Manifest.Entry> write(List<Part> parts, int threads) throws IOException {
        ExecutorService pool = threads("export", Math.min(threads, parts.size()));
        try {
            List<Future<List<Manifest.Entry>>> written = new ArrayList<>();
            for (Part part : parts) {
                written.add(pool.submit(() -> readOnly.execute(status -> {
                    try {
                        return part.write();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })));
            }
            List<Manifest.Entry> entries = new ArrayList<>();
            for (Future<List<Manifest.Entry>> f : written) {
                entries.addAll(f.get());
            }
            return entries;
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

    private List<Manifest.Entry> reports(Path dir, Collection<Partition> rewrite, Set<Partition> present) throws IOException {
        try (PartitionedFile out = new PartitionedFile(dir, "reports.csv", REPORT_HEADER, Set.of(14, 16, 17, 18))) {
            for (Partition partition : each(rewrite)) {
                queries.reports(partition, rs -> {
                    String[] cells = new String[REPORT_HEADER.length];
                    for (int i = 0; i < REPORT_HEADER.length; i++) {
                        cells[i] = rs.getString(REPORT_HEADER[i]);
                    }
                    out.write(Partition.of(rs.getString("report_year"), rs.getString("province"), rs.getString("extract_part")), cells);
                });
            }
            return out.finish(present);
        }
    }

    /**
     * facts.csv and the three wide views, from one pass over the facts, report by report: this
     * thread reads each report's facts, {@link ReportLines} formats them on {@code threads}
     * threads, and this thread writes the lines in report order as they come back.
     */
    private List<Manifest.Entry> factsAndWideViews(Path dir, Collection<Partition> rewrite, Set<Partition> present, int threads)
            throws IOException {
        List<WideView> views = List.of(new WideView("applications.csv", 3, codebook.columnCodes(3), false, order),
                new WideView("review_litigation.csv", 4, codebook.columnCodes(4), false, order),
                new WideView("proactive.csv", 2, codebook.columnCodes(2), true, order));
        List<PartitionedFile> outs = new ArrayList<>();
        try {
            outs.add(new PartitionedFile(dir, "facts.csv", ReportLines.FACTS_HEADER, ReportLines.FACTS_NUMERIC));
            for (WideView view : views) {
                outs.add(new PartitionedFile(dir, view.file(), view.header(), view.numericColumns()));
            }
            try (ReportLines lines = new ReportLines(threads, outs, views, order)) {
                for (Partition partition : each(rewrite)) {
                    queries.forEachReportsFacts(partition, lines::add);
                }
                lines.finish();
            }
            List<Manifest.Entry> entries = new ArrayList<>();
            for (PartitionedFile out : outs) {
                entries.addAll(out.finish(present));
            }
            return entries;
        } finally {
            for (PartitionedFile out : outs) {
                out.close();
            }
        }
    }

    private List<Manifest.Entry> checks(Path dir, Collection<Partition> rewrite, Set<Partition> present) throws IOException {
        try (PartitionedFile out = new PartitionedFile(dir, "checks.csv", CHECK_HEADER, Set.of(5, 6))) {
            for (Partition partition : each(rewrite)) {
                queries.checks(partition, rs -> out.write(Partition.of(rs.getString(10), rs.getString(9), rs.getString(11)), rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), Fact.plain(rs.getBigDecimal(6)),
                        Fact.plain(rs.getBigDecimal(7)), rs.getString(8)));
            }
            return out.finish(present);
        }
    }

    private List<Manifest.Entry> skips(Path dir, Collection<Partition> rewrite, Set<Partition> present) throws IOException {
        try (PartitionedFile out = new PartitionedFile(dir, "skips.csv", SKIP_HEADER, Set.of(0, 3))) {
            for (Partition partition : each(rewrite)) {
                queries.skips(partition, rs -> {
                    String[] cells = new String[SKIP_HEADER.length];
                    for (int i = 0; i < SKIP_HEADER.length; i++) {
                        cells[i] = rs.getString(i + 1);
                    }
                    out.write(Partition.of(rs.getString(13), rs.getString(12), rs.getString(14)), cells);
                });
            }
            return out.finish(present);
        }
    }

    /**
     * The partitions to read one by one, in order; all at once (one null) when all are written:
     * every statement then reads one partition by its index, or the whole warehouse in one pass.
     */
    private static List<Partition> each(Collection<Partition> rewrite) {
        return rewrite == null ? java.util.Collections.singletonList(null) : rewrite.stream().sorted().toList();
    }

    private void codebook(Path file) throws IOException {
        try (CsvExtractWriter out = new CsvExtractWriter(file, Codebook.header(), Set.of(1))) {
            codebook.entries().forEach(out::write);
            out.commit();
        }
    }
}
