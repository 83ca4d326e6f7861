package org.disclosure.etl.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.disclosure.etl.bench.synthetic.SyntheticInbox;
import org.disclosure.etl.cli.CommandLine;
import org.disclosure.etl.document.formats.DocumentReaders;
import org.disclosure.etl.document.formats.TextDecoding;
import org.disclosure.etl.document.UnreadableDocumentException;
import org.disclosure.etl.files.FolderTree;
import org.disclosure.etl.jurisdiction.FunctionalZones;
import org.disclosure.etl.jurisdiction.Gazetteer;
import org.disclosure.etl.jurisdiction.JurisdictionResolver;
import org.disclosure.etl.report.LocatedReport;
import org.disclosure.etl.report.ReportPlacement;
import org.disclosure.etl.report.ReportReading;
import org.jsoup.Jsoup;

/**
 * {@code bench}: N synthetic reports (generated once into a cache), then in one JVM, for each thread
 * count asked ({@code --threads=1,2}): (a) the floor: PDFBox, POI and jsoup extracting the same
 * files' text and nothing else, (b) our reading alone (read, locate, parse, place; no database),
 * (c) the full ingest into H2, (d) into PostgreSQL when {@code --pg} names a scratch database (which
 * it wipes); all on the same number of threads, so that the ratios compare like with like, and the
 * ratio to the one-thread floor beside them. Prints reports/s, PDF pages/s, ratios and peak heap, a
 * scaling table, and one machine-readable line.
 *
 * <p>All are measured in a warmed JVM: the first reports go through the floor and reading once and
 * through each ingest several times beforehand, unmeasured, as a national year's run is warm after
 * its first minute. A cold JVM's JIT compiler takes most of one of two cores for that minute.
 */
public final class Benchmark {

    private final PrintStream out;

    public Benchmark(PrintStream out) {
        this.out = out;
    }

    public int run(int reports, int warmup, int passes, Path cache, String pgUrl, List<Integer> threadCounts) throws Exception {
        System.setProperty("logging.threshold.console", "WARN"); // per-file lines go to the log file only
        Path inbox = SyntheticInbox.ensure(cache, reports, out);
        List<Path> files;
        try (Stream<Path> list = Files.list(inbox)) {
            files = list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        Path work = Files.createTempDirectory("disclosure-bench");
        OurReading ours = OurReading.standard();
        if (warmup > 0) {
            warmUp(files.subList(0, Math.min(warmup, files.size())), passes, work.resolve("warm-up"), pgUrl, ours);
        }
        int pages = 0;
        for (Path f : files) {
            if (f.toString().endsWith(".pdf")) {
                try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                    pages += doc.getNumberOfPages();
                }
            }
        }
        out.printf(Locale.ROOT, "%d reports in %s (%d PDF pages)%n", files.size(), inbox, pages);

        long compiledBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        double floor1 = floor(files, 1, pages);
        List<String> scaling = new ArrayList<>();
        String last = "";
        long peak = 0;
        for (int threads : threadCounts) {
            // the floor on as many threads as the ingest's read step gets: a ratio to one thread flatters the ingest
            double floor = threads == 1 ? floor1 : floor(files, threads, pages);
            double reading = reading(files, threads, floor, ours);
            System.setProperty("ingest.threads", String.valueOf(threads));
            Path run = work.resolve("threads-" + threads);
            Measured h2 = ingest(inbox, run.resolve("h2-extracts"), "jdbc:h2:file:" + run.resolve("h2/warehouse"));
            double h2Rps = files.size() / h2.seconds();
            out.printf(Locale.ROOT, "H2 ingest, %d threads: %.1f s, %.1f reports/s, %.1f pages/s, ratio to the %d-thread floor %.2f"
                    + " (to the 1-thread floor %.2f), peak heap %d MB%n", threads, h2.seconds(), h2Rps, pages / h2.seconds(), threads,
                    h2Rps / floor, h2Rps / floor1, h2.peakMb());
            peak = Math.max(peak, h2.peakMb());
            String pgPart = "pg_rps=NA pg_ratio=NA pg_ratio1=NA";
            double pgRps = Double.NaN;
            if (pgUrl != null) {
                wipe(pgUrl);
                Measured pg = ingest(inbox, run.resolve("pg-extracts"), pgUrl);
                pgRps = files.size() / pg.seconds();
                out.printf(Locale.ROOT, "PostgreSQL ingest, %d threads: %.1f s, %.1f reports/s, %.1f pages/s, ratio to the %d-thread floor %.2f"
                        + " (to the 1-thread floor %.2f), peak heap %d MB%n", threads, pg.seconds(), pgRps, pages / pg.seconds(), threads,
                        pgRps / floor, pgRps / floor1, pg.peakMb());
                peak = Math.max(peak, pg.peakMb());
                pgPart = String.format(Locale.ROOT, "pg_rps=%.1f pg_ratio=%.2f pg_ratio1=%.2f", pgRps, pgRps / floor, pgRps / floor1);
            } else {
                out.println("PostgreSQL ingest: skipped (give --pg=jdbc:postgresql://host/scratchdb; credentials from SPRING_DATASOURCE_USERNAME/_PASSWORD)");
            }
            scaling.add(String.format(Locale.ROOT, "%7d  %9.1f  %11.1f  %8.1f  %8.2f  %8s  %8s", threads, floor, reading, h2Rps, h2Rps / floor,
                    Double.isNaN(pgRps) ? "-" : String.format(Locale.ROOT, "%.1f", pgRps),
                    Double.isNaN(pgRps) ? "-" : String.format(Locale.ROOT, "%.2f", pgRps / floor)));
            last = String.format(Locale.ROOT, "BENCH reports=%d threads=%d floor_rps=%.1f floor1_rps=%.1f read_rps=%.1f read_ratio=%.2f"
                    + " h2_rps=%.1f h2_ratio=%.2f h2_ratio1=%.2f %s",
                    files.size(), threads, floor, floor1, reading, reading / floor, h2Rps, h2Rps / floor, h2Rps / floor1, pgPart);
        }
        System.clearProperty("ingest.threads");
        out.printf(Locale.ROOT, "JIT compilation during the measured phases: %.1f s%n",
                (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compiledBefore) / 1e3);
        if (threadCounts.size() > 1) {
            out.println("scaling (reports/s):\nthreads  floor_rps  reading_rps    h2_rps  h2_ratio    pg_rps  pg_ratio");
            scaling.forEach(out::println);
        }
        out.println(last + " peak_heap_mb=" + peak);
        FolderTree.delete(work);
        return 0;
    }

    /** The floor on {@code threads} threads, in reports/s: the files shared out, each extracted as the libraries do. */
    private double floor(List<Path> files, int threads, int pages) throws Exception {
        resetPeaks();
        Pass pass = acrossThreads(files, threads, Benchmark::extractText);
        out.printf(Locale.ROOT, "floor, %d thread%s (text extraction only): %.1f s, %.1f reports/s, %.1f pages/s, peak heap %d MB (%d chars)%n",
                threads, threads == 1 ? "" : "s", pass.seconds(), files.size() / pass.seconds(), pages / pass.seconds(), peakHeapMb(),
                pass.total());
        return files.size() / pass.seconds();
    }

    /** What one file's work returns, summed over the files. */
    private interface FileWork {
        long apply(Path file) throws Exception;
    }

    private record Pass(double seconds, long total) {
    }

    /** Every file through {@code work}, shared out over {@code threads} threads: the wall time, and the sum of the results. */
    private static Pass acrossThreads(List<Path> files, int threads, FileWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long total = 0;
        try {
            List<Future<Long>> done = new ArrayList<>();
            for (Path f : files) {
                done.add(pool.submit(() -> work.apply(f)));
            }
            for (Future<Long> result : done) {
                total += result.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Pass((System.nanoTime() - start) / 1e9, total);
    }

    /**
     * Our reading alone on {@code threads} threads, in reports/s: each file read, its sections
     * located and parsed, its place resolved, as the read step does, with no database. What the ingest
     * does beyond this is writing; what this does beyond the floor is reading tables, not just text.
     */
    private double reading(List<Path> files, int threads, double floor, OurReading ours) throws Exception {
        Pass pass = acrossThreads(files, threads, f -> ours.read(f) ? 1 : 0);
        double rps = files.size() / pass.seconds();
        out.printf(Locale.ROOT, "reading alone, %d thread%s (read, locate, parse, place; no database): %.1f s, %.1f reports/s,"
                + " ratio to the floor %.2f (%d located)%n", threads, threads == 1 ? "" : "s", pass.seconds(), rps, rps / floor, pass.total());
        return rps;
    }

    /** Reading, locating, parsing and placing as the read step does, built once for the warm-up and every measurement. */
    private record OurReading(ReportReading reading, ReportPlacement places) {

        /** Places resolved against the divisions under data/reference, else the packaged ones, as the ingest's default. */
        static OurReading standard() {
            Path divisions = Path.of("data/reference/divisions.csv");
            return new OurReading(new ReportReading(DocumentReaders.standard()),
                    new ReportPlacement(new JurisdictionResolver(Gazetteer.load(divisions), FunctionalZones.besideGazetteer(divisions))));
        }

        /** Whether the file was read (an unreadable one fails, as in the ingest). */
        boolean read(Path file) throws IOException {
            try {
                LocatedReport located = reading.read(file.getFileName().toString(), Files.readAllBytes(file));
                places.place(located, file.getFileName().toString());
                return true;
            } catch (UnreadableDocumentException e) {
                return false;
            }
        }
    }

    private record Measured(double seconds, long peakMb) {
    }

    /**
     * The floor and reading once, then {@code passes} ingests into each database over the first
     * files, unmeasured, so that what follows runs compiled. One pass is not enough: each run's new
     * Spring context and step classes are compiled again, and a 3,000-report ingest ran 35.5, 16.9,
     * 15.0, 15.1 and 13.7 s in five passes in one JVM here while the JIT compiled 39, 17, 13, 9 and 7 s.
     */
    private void warmUp(List<Path> files, int passes, Path dir, String pgUrl, OurReading ours) throws Exception {
        long start = System.nanoTime();
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        for (Path f : files) {
            extractText(f);
            ours.read(f);
            Files.copy(f, inbox.resolve(f.getFileName()));
        }
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        var jit = ManagementFactory.getCompilationMXBean();
        for (int pass = 1; pass <= passes; pass++) {
            long compiled = jit.getTotalCompilationTime();
            Path passDir = dir.resolve("pass-" + pass);
            double h2 = ingest(inbox, passDir.resolve("h2-extracts"), "jdbc:h2:file:" + passDir.resolve("h2/warehouse"), quiet).seconds();
            String pg = "";
            if (pgUrl != null) {
                wipe(pgUrl);
                pg = String.format(Locale.ROOT, ", PostgreSQL %.1f s", ingest(inbox, passDir.resolve("pg-extracts"), pgUrl, quiet).seconds());
            }
            out.printf(Locale.ROOT, "warm-up pass %d of %d (not measured): H2 %.1f s%s; JIT compiled %.1f s meanwhile%n",
                    pass, passes, h2, pg, (jit.getTotalCompilationTime() - compiled) / 1e3);
            FolderTree.delete(passDir);
        }
        out.printf(Locale.ROOT, "warm-up: %d reports, %.1f s; JIT compilation so far %.1f s%n",
                files.size(), (System.nanoTime() - start) / 1e9, jit.getTotalCompilationTime() / 1e3);
    }

    private Measured ingest(Path inbox, Path extracts, String warehouse) {
        return ingest(inbox, extracts, warehouse, out);
    }

    /** One ingest, timed; its summary, step times and errors go to {@code console}. */
    private Measured ingest(Path inbox, Path extracts, String warehouse, PrintStream console) {
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        resetPeaks();
        long start = System.nanoTime();
        int exit = new CommandLine(new PrintStream(summary, true, StandardCharsets.UTF_8), console).run(new String[] {"ingest",
            "--inbox=" + inbox, "--extracts=" + extracts, "--warehouse=" + warehouse});
        double seconds = (System.nanoTime() - start) / 1e9;
        String printed = summary.toString(StandardCharsets.UTF_8);
        if (exit != 0) {
            throw new IllegalStateException("ingest into " + warehouse + " failed (" + exit + "): " + printed);
        }
        printed.lines().filter(l -> l.startsWith("  files") || l.startsWith("  facts")).forEach(console::println);
        long peak = peakHeapMb();
        ByteArrayOutputStream steps = new ByteArrayOutputStream();
        new CommandLine(new PrintStream(steps, true, StandardCharsets.UTF_8), console).run(new String[] {"status", "--runs=1",
            "--warehouse=" + warehouse});
        steps.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("    ")).forEach(console::println);
        return new Measured(seconds, peak);
    }

    /** What the libraries do with each format when asked for its text, and nothing more. */
    private static long extractText(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        String name = f.getFileName().toString();
        if (name.endsWith(".pdf")) {
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(doc).length();
            }
        }
        if (name.endsWith(".docx")) {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                 XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                return text.getText().length();
            }
        }
        if (name.endsWith(".html")) {
            return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).text().length();
        }
        try {
            return TextDecoding.decode(bytes).length();
        } catch (UnreadableDocumentException e) {
            return 0;
        }
    }

    /** The most heap found live after a collection since the last reset: what the work keeps, not garbage. */
    private static final AtomicLong PEAK_LIVE = new AtomicLong();

    static {
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP).forEach(p -> heapPools.add(p.getName()));
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                        long live = info.getMemoryUsageAfterGc().entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                                .mapToLong(e -> e.getValue().getUsed()).sum();
                        PEAK_LIVE.accumulateAndGet(live, Math::max);
                    }
                }, null, null);
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        PEAK_LIVE.set(0);
    }

    /** Peak live heap in MB: the most heap in use right after any collection of the phase. */
    private static long peakHeapMb() {
        System.gc();
        return PEAK_LIVE.get() / (1024 * 1024);
    }

    /** The scratch database starts empty, as a new deployment's does. */
    static void wipe(String url) throws Exception {
        try (Connection db = connect(url)) {
            db.createStatement().execute("DROP SCHEMA public CASCADE");
            db.createStatement().execute("CREATE SCHEMA public");
        }
    }

    /** A connection with the credentials the application uses (Spring's environment variables), for H2 as for PostgreSQL. */
    static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url, System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", ""),
                System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
    }
}
