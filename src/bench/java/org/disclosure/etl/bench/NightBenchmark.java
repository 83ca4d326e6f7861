package org.disclosure.etl.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.disclosure.etl.bench.synthetic.SyntheticInbox;
import org.disclosure.etl.cli.CommandLine;
import org.disclosure.etl.files.FolderTree;

/**
 * {@code bench-night}: what one night costs on warehouses of growing size. For each size, a new
 * warehouse is made from 16 reports read for real and grown in the database to that many reports
 * ({@link WarehouseSeed}); its extracts and site are written whole once (the {@code --rebuild} cost,
 * timed), then nights of new reports (the corpus's next files) are ingested and the site published,
 * each timed, with the bytes each writes (files not carried over from the set before); the median
 * night is reported (a 2-second night varies by a second on a busy machine). A night's cost should
 * follow the night, not the warehouse: the last line gives the ratio of the largest warehouse's
 * night to the smallest's.
 */
public final class NightBenchmark {

    private static final int REAL = 16;

    private final PrintStream out;

    public NightBenchmark(PrintStream out) {
        this.out = out;
    }

    /** One night on one warehouse. */
    private record Night(String database, long reports, double seedSeconds, double wholeSeconds, double ingestSeconds, double exportSeconds,
                         long extractBytes, double publishSeconds, long siteBytes) {
    }

    /** @param nights nights measured on each warehouse, each of {@code night} new files */
    /** @param h2 whether to measure H2 too where a PostgreSQL URL is given */
    public int run(List<Integer> sizes, int night, int nights, Path cache, String pgUrl, boolean h2, boolean publish) throws Exception {
        System.setProperty("logging.threshold.console", "WARN");
        Path corpus = SyntheticInbox.ensure(cache, REAL + night * nights, out);
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        Path work = Files.createTempDirectory("disclosure-night");
        List<Night> measured = new ArrayList<>();
        try {
            // one warehouse unmeasured first: the JIT compiles the ingest's code once, not in the first measured night
            night("H2 (warm-up)", "jdbc:h2:file:" + work.resolve("warm-up/warehouse"), REAL * 4, files, night, work.resolve("warm-up"), publish);
            for (int size : sizes) {
                if (h2 || pgUrl == null) {
                    measured.add(night("H2", "jdbc:h2:file:" + work.resolve("h2-" + size + "/warehouse"), size, files, night,
                            work.resolve("h2-" + size), publish));
                }
                if (pgUrl != null) {
                    Benchmark.wipe(pgUrl);
                    measured.add(night("PostgreSQL", pgUrl, size, files, night, work.resolve("pg-" + size), publish));
                }
            }
        } finally {
            FolderTree.delete(work);
        }
        out.println();
        out.println("database     reports   seed_s  whole_s  night_s  export_s  written_MB  publish_s  site_written_MB");
        for (Night n : measured) {
            out.printf(Locale.ROOT, "%-10s %9d %8.1f %8.1f %8.1f  %8.1f %11.1f %10.1f %16.1f%n", n.database(), n.reports(), n.seedSeconds(),
                    n.wholeSeconds(), n.ingestSeconds(), n.exportSeconds(), n.extractBytes() / 1e6, n.publishSeconds(), n.siteBytes() / 1e6);
        }
        for (String database : List.of("H2", "PostgreSQL")) {
            List<Night> of = measured.stream().filter(n -> n.database().equals(database)).toList();
            if (of.size() > 1) {
                Night small = of.get(0);
                Night large = of.get(of.size() - 1);
                out.printf(Locale.ROOT, "BENCH_NIGHT database=%s night=%d small=%d large=%d night_ratio=%.2f publish_ratio=%s%n", database,
                        night, small.reports(), large.reports(), large.ingestSeconds() / small.ingestSeconds(),
                        publish ? String.format(Locale.ROOT, "%.2f", large.publishSeconds() / small.publishSeconds()) : "NA");
            }
        }
        return 0;
    }

    /** A warehouse of {@code size} reports, its first sets written whole, then nights of {@code night} files each: the median night. */
    private Night night(String database, String url, int size, List<Path> files, int night, Path dir, boolean publish) throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        for (Path f : files.subList(0, REAL)) {
            Files.copy(f, inbox.resolve(f.getFileName()));
        }
        long start = System.nanoTime();
        command("ingest", "--inbox=" + inbox, "--extracts=" + dir.resolve("seed-extracts"), "--warehouse=" + url);
        long reports;
        try (Connection db = Benchmark.connect(url)) {
            reports = WarehouseSeed.grow(db, size);
            if (url.startsWith("jdbc:h2:")) {
                // the copying's dead pages out, so that the night finds the warehouse as nights leave it
                db.createStatement().execute("SHUTDOWN COMPACT");
            }
        }
        double seed = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "%s: %d reports seeded in %.1f s%n", database, reports, seed);

        // the warehouse's first extracts and site, whole (what --rebuild costs); the night starts from them
        Path extracts = dir.resolve("extracts");
        Path site = dir.resolve("site");
        start = System.nanoTime();
        command("ingest", "--inbox=" + inbox, "--extracts=" + extracts, "--warehouse=" + url);
        if (publish) {
            command("publish", "--warehouse=" + url, "--site=" + site);
        }
        double whole = (System.nanoTime() - start) / 1e9;

        List<Night> nights = new ArrayList<>();
        for (int from = REAL; from + night <= files.size(); from += night) {
            for (Path f : files.subList(from, from + night)) {
                Files.copy(f, inbox.resolve(f.getFileName()));
            }
            nights.add(oneNight(database, url, reports, seed, whole, extracts, site, inbox, night, publish));
        }
        Night median = nights.stream().sorted(Comparator.comparingDouble(Night::ingestSeconds)).toList().get(nights.size() / 2);
        out.printf(Locale.ROOT, "%s, %d reports: written whole in %.1f s; the median of %d nights of %d files %.1f s%n", database, reports,
                whole, nights.size(), night, median.ingestSeconds());
        return median;
    }

    private Night oneNight(String database, String url, long reports, double seed, double whole, Path extracts, Path site, Path inbox,
                           int night, boolean publish) throws Exception {
        Set<Object> extractsBefore = inodes(extracts);
        long start = System.nanoTime();
        String summary = command("ingest", "--inbox=" + inbox, "--extracts=" + extracts, "--warehouse=" + url);
        double ingest = (System.nanoTime() - start) / 1e9;
        summary.lines().filter(l -> l.contains("compacted") || l.contains("extracts in")).forEach(out::println);
        double export = command("status", "--runs=1", "--warehouse=" + url).lines().filter(l -> l.strip().startsWith("export"))
                .map(l -> l.replaceAll("^.*?([0-9.]+) s\\s*$", "$1")).mapToDouble(Double::parseDouble).findFirst().orElse(Double.NaN);
        long extractBytes = written(extracts, extractsBefore);
        double publishSeconds = Double.NaN;
        long siteBytes = 0;
        if (publish) {
            Set<Object> siteBefore = inodes(site);
            start = System.nanoTime();
            out.println(command("publish", "--warehouse=" + url, "--site=" + site).strip());
            publishSeconds = (System.nanoTime() - start) / 1e9;
            siteBytes = written(site, siteBefore);
        }
        out.printf(Locale.ROOT, "%s, %d reports: a night of %d files %.1f s (export step %.1f s), %.1f MB written%s%n",
                database, reports, night, ingest, export, extractBytes / 1e6,
                publish ? String.format(Locale.ROOT, "; publish %.1f s, %.1f MB written", publishSeconds, siteBytes / 1e6) : "");
        return new Night(database, reports, seed, whole, ingest, export, extractBytes, publishSeconds, siteBytes);
    }

    private String command(String... args) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = new CommandLine(new PrintStream(printed, true, StandardCharsets.UTF_8), out).run(args);
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", args) + " failed (" + exit + "): " + printed.toString(StandardCharsets.UTF_8));
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** The files under a folder (a link to one followed), by the file system's own key: a file carried over by hard link keeps its key. */
    private static Set<Object> inodes(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir.toRealPath())) {
            Set<Object> keys = new HashSet<>();
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                keys.add(Files.readAttributes(p, BasicFileAttributes.class).fileKey());
            }
            return keys;
        }
    }

    /** The bytes of the files under a folder that are not among {@code before}: what was written, not carried over. */
    private static long written(Path dir, Set<Object> before) throws IOException {
        try (Stream<Path> walk = Files.walk(dir.toRealPath())) {
            long bytes = 0;
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                bytes += before.contains(a.fileKey()) ? 0 : a.size();
            }
            return bytes;
        }
    }
}
