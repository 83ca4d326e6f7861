package org.disclosure.etl.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.GarbageCollectorMXBean;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
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
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.disclosure.etl.FolderTree;
import org.disclosure.etl.bench.synthetic.SyntheticInbox;
import org.disclosure.etl.cli.CommandLine;
import org.disclosure.etl.document.TextDecoding;
import org.jsoup.Jsoup;

/**
 * {@code bench}: N synthetic reports (generated once into a cache), then in one JVM (a) the floor:
 * PDFBox, POI and jsoup extracting the same files' text and nothing else, (b) the full ingest into H2,
 * (c) into PostgreSQL when {@code --pg} names a scratch database (which it wipes), for each thread
 * count asked ({@code --threads=1,2}): the floor on as many threads as the ingest's read step, so
 * that the ratio compares like with like, and the ratio to the one-thread floor beside it. Prints
 * reports/s, PDF pages/s, both ratios and peak heap, a scaling table, and one machine-readable line.
 *
 * <p>All three are measured in a warmed JVM: the first reports go once through the floor and each
 * ingest beforehand, unmeasured. Without it the JIT compiler takes most of one of the two cores for
 * the first minute or so of ingest (about 50 s of compilation, measured), a one-time cost that a
 * night's 150,000 reports do not feel but that would dominate a run of a few thousand.
 */
public final class Benchmark {

    private final PrintStream out;

    public Benchmark(PrintStream out) {
        this.out = out;
    }

    public int run(int reports, int warmup, Path cache, String pgUrl, List<Integer> threadCounts) throws Exception {
        System.setProperty("logging.threshold.console", "WARN"); // per-file lines go to the log file only
        Path inbox = SyntheticInbox.ensure(cache, reports, out);
        List<Path> files;
        try (Stream<Path> list = Files.list(inbox)) {
            files = list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        Path work = Files.createTempDirectory("disclosure-bench");
        if (warmup > 0) {
            warmUp(files.subList(0, Math.min(warmup, files.size())), work.resolve("warm-up"), pgUrl);
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
            scaling.add(String.format(Locale.ROOT, "%7d  %9.1f  %8.1f  %8.2f  %8s", threads, floor, h2Rps, h2Rps / floor,
                    Double.isNaN(pgRps) ? "-" : String.format(Locale.ROOT, "%.1f", pgRps)));
            last = String.format(Locale.ROOT, "BENCH reports=%d threads=%d floor_rps=%.1f floor1_rps=%.1f h2_rps=%.1f h2_ratio=%.2f h2_ratio1=%.2f %s",
                    files.size(), threads, floor, floor1, h2Rps, h2Rps / floor, h2Rps / floor1, pgPart);
        }
        System.clearProperty("ingest.threads");
        out.printf(Locale.ROOT, "JIT compilation during the measured phases: %.1f s%n",
                (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compiledBefore) / 1e3);
        if (threadCounts.size() > 1) {
            out.println("scaling (reports/s):\nthreads  floor_rps    h2_rps  h2_ratio    pg_rps");
            scaling.forEach(out::println);
        }
        out.println(last + " peak_heap_mb=" + peak);
        FolderTree.delete(work);
        return 0;
    }

    /** The floor on {@code threads} threads, in reports/s: the files shared out, each extracted as the libraries do. */
    private double floor(List<Path> files, int threads, int pages) throws Exception {
        resetPeaks();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long chars = 0;
        try {
            List<Future<Long>> extracted = new ArrayList<>();
            for (Path f : files) {
                extracted.add(pool.submit(() -> extractText(f)));
            }
            for (Future<Long> done : extracted) {
                chars += done.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "floor, %d thread%s (text extraction only): %.1f s, %.1f reports/s, %.1f pages/s, peak heap %d MB (%d chars)%n",
                threads, threads == 1 ? "" : "s", seconds, files.size() / seconds, pages / seconds, peakHeapMb(), chars);
        return files.size() / seconds;
    }

    private record Measured(double seconds, long peakMb) {
    }

    /** The floor and each ingest once over the first files, unmeasured, so that what follows runs compiled. */
    private void warmUp(List<Path> files, Path dir, String pgUrl) throws Exception {
        long start = System.nanoTime();
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        for (Path f : files) {
            extractText(f);
            Files.copy(f, inbox.resolve(f.getFileName()));
        }
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        ingest(inbox, dir.resolve("h2-extracts"), "jdbc:h2:file:" + dir.resolve("h2/warehouse"), quiet);
        if (pgUrl != null) {
            wipe(pgUrl);
            ingest(inbox, dir.resolve("pg-extracts"), pgUrl, quiet);
        }
        long compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        out.printf(Locale.ROOT, "warm-up (not measured): %d reports through the floor and each ingest, %.1f s; JIT compilation so far %.1f s%n",
                files.size(), (System.nanoTime() - start) / 1e9, compiling / 1e3);
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
        } catch (org.disclosure.etl.document.UnreadableDocumentException e) {
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
    private static void wipe(String url) throws Exception {
        try (Connection db = DriverManager.getConnection(url, System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", ""),
                System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""))) {
            db.createStatement().execute("DROP SCHEMA public CASCADE");
            db.createStatement().execute("CREATE SCHEMA public");
        }
    }
}
