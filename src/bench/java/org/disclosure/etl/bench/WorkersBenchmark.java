package org.disclosure.etl.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.disclosure.etl.bench.synthetic.ScannedCopies;
import org.disclosure.etl.bench.synthetic.SyntheticInbox;
import org.disclosure.etl.bench.synthetic.SyntheticPdf;
import org.disclosure.etl.cli.CommandLine;
import org.disclosure.etl.cli.ExitCode;
import org.disclosure.etl.files.FolderTree;

/**
 * {@code bench-workers}: the read step of {@code ingest --remote} on 1 and then 2 worker processes of
 * one thread each, over born-digital reports and over scans (image-only PDFs made in-process, read by
 * OCR), on a scratch PostgreSQL; the workers warmed by a run of other reports first, as long-running
 * workers are, and a local run on as many threads beside each for reference. The rate is files over the read step's wall time in the job
 * repository, every worker's partitions counted; the efficiency of W workers is their rate over W
 * times one worker's (target ≥ 0.8).
 */
public final class WorkersBenchmark {

    /**
     * The warm-up's reports, half as many as the measured corpus's (at least 160), of other numbers: a
     * worker is a long-running process, measured warm.
     */
    private static final int WARM_UP_FIRST = 1_000_000;

    private final PrintStream out;

    public WorkersBenchmark(PrintStream out) {
        this.out = out;
    }

    /** @param workers worker processes of one thread; 0: the read step on this process's {@code threads} */
    private record Measured(String corpus, int files, int workers, int threads, double readSeconds, List<Integer> partitionsPerWorker) {
        double rate() {
            return files / readSeconds;
        }
    }

    public int run(String pgUrl, int reports, int scans, Path cache) throws Exception {
        System.setProperty("logging.threshold.console", "WARN");
        Path warmUp = SyntheticInbox.ensure(cache, WARM_UP_FIRST, Math.max(160, reports / 2), out);
        List<Measured> measured = new ArrayList<>();
        List<Path> corpora = new ArrayList<>(List.of(SyntheticInbox.ensure(cache, reports, out)));
        if (scans > 0) {
            corpora.add(scans(cache, scans));
        }
        for (Path corpus : corpora) {
            for (int n = 1; n <= 2; n++) {
                for (boolean remote : new boolean[] {false, true}) {
                    measured.add(measure(pgUrl, warmUp, corpus, remote ? n : 0, n));
                    out.println(line(measured.get(measured.size() - 1), measured));
                }
            }
        }
        out.println();
        out.println("corpus     files  workers  threads  read_s  files_per_s  efficiency  partitions_per_worker");
        measured.forEach(m -> out.println(line(m, measured)));
        for (String corpus : measured.stream().map(Measured::corpus).distinct().toList()) {
            out.printf(Locale.ROOT, "BENCH_WORKERS corpus=%s efficiency_2=%.2f target=0.80%n", corpus, efficiency(measured.stream()
                    .filter(m -> m.corpus().equals(corpus) && m.workers() == 2).findFirst().orElseThrow(), measured));
        }
        return ExitCode.COMPLETED;
    }

    private static String line(Measured m, List<Measured> all) {
        return String.format(Locale.ROOT, "%-9s %6d %8s %8d %7.1f %12.2f %11s  %s", m.corpus(), m.files(),
                m.workers() == 0 ? "local" : String.valueOf(m.workers()), m.threads(), m.readSeconds(), m.rate(),
                m.workers() == 0 ? "" : String.format(Locale.ROOT, "%.2f", efficiency(m, all)), m.partitionsPerWorker());
    }

    private static double efficiency(Measured m, List<Measured> all) {
        Measured one = all.stream().filter(o -> o.corpus().equals(m.corpus()) && o.workers() == 1).findFirst().orElse(m);
        if (m.workers() == 0) {
            return 1;
        }
        return m.rate() / (m.workers() * one.rate());
    }

    /**
     * One ingest --remote of {@code corpus} into the emptied database, with {@code count} workers of
     * one thread that have read {@code warmUp} first; or with none, a local ingest on {@code threads}
     * threads after the same warm-up, the reference.
     */
    private Measured measure(String pgUrl, Path warmUp, Path corpus, int count, int threads) throws Exception {
        Benchmark.wipe(pgUrl);
        Path work = Files.createTempDirectory("disclosure-workers");
        List<Process> workers = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        try {
            Path job = Files.writeString(work.resolve("job.yml"), "ingest:\n  threads: " + (count == 0 ? threads : 1) + "\n  logs: "
                    + work.resolve("logs") + "\n");
            // the schema made once, before the workers start: they must not race to create it
            int status = new CommandLine(out, System.err).run(new String[] {"status", "--job=" + job, "--warehouse=" + pgUrl});
            if (status != ExitCode.COMPLETED) {
                throw new IllegalStateException("the scratch database did not start: exit " + status);
            }
            for (int i = 0; i < count; i++) {
                Path output = work.resolve("worker-" + i + ".out");
                outputs.add(output);
                workers.add(new ProcessBuilder(javaCommand(), "-jar", productJar().toString(), "worker", "--job=" + job, "--warehouse=" + pgUrl)
                        .redirectErrorStream(true).redirectOutput(output.toFile()).start());
            }
            for (Path output : outputs) {
                while (!Files.exists(output) || !Files.readString(output, StandardCharsets.UTF_8).contains("worker: taking partitions")) {
                    Thread.sleep(200);
                }
            }
            for (Path inbox : List.of(warmUp, corpus)) {
                List<String> ingest = new ArrayList<>(List.of("ingest", "--job=" + job, "--inbox=" + inbox, "--extracts=" + work.resolve("extracts"),
                        "--warehouse=" + pgUrl));
                if (count > 0) {
                    ingest.add("--remote");
                }
                int exit = new CommandLine(out, System.err).run(ingest.toArray(String[]::new));
                if (exit != ExitCode.COMPLETED) {
                    throw new IllegalStateException("ingest --remote exited " + exit);
                }
            }
            List<Integer> partitions = new ArrayList<>();
            for (Path output : outputs) {
                // the measured run's partitions: those after the warm-up's sixteen
                partitions.add((int) Files.readAllLines(output, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("worker: finished"))
                        .filter(l -> !l.contains(" of run 1:")).count());
            }
            String name = corpus.getFileName().toString().startsWith("scans") ? "scanned" : "text";
            return new Measured(name, files(corpus), count, count == 0 ? threads : count, readSeconds(pgUrl), partitions);
        } finally {
            for (Process worker : workers) {
                worker.destroy(); // SIGTERM: idle, it exits at once
                worker.waitFor(60, TimeUnit.SECONDS);
            }
            FolderTree.delete(work);
        }
    }

    /** The last read step's wall time, as the job repository recorded it. */
    private static double readSeconds(String pgUrl) throws Exception {
        try (Connection db = Benchmark.connect(pgUrl);
             ResultSet rs = db.createStatement().executeQuery("SELECT EXTRACT(EPOCH FROM END_TIME - START_TIME) FROM BATCH_STEP_EXECUTION"
                     + " WHERE STEP_NAME = 'read' ORDER BY STEP_EXECUTION_ID DESC LIMIT 1")) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    /** {@code count} scanned copies (200 dpi, a little askew, specks, JPEG) of the corpus's first PDFs' reports. */
    private Path scans(Path cache, int count) throws IOException {
        Path dir = cache.resolve("scans-" + count + "-v1");
        Path done = dir.resolve(".complete");
        if (Files.exists(done)) {
            return dir;
        }
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            String name = String.format("scan-%04d", i);
            byte[] text = SyntheticPdf.write(SyntheticInbox.report(i * 4, name)); // i * 4: the reports the corpus prints as PDF
            Files.write(dir.resolve(name + ".pdf"), ScannedCopies.imageOnlyPdf(text, new ScannedCopies.Scan(200, i % 2 == 0 ? 0.4 : -0.4, 2,
                    0.6f), 100 + i));
        }
        Files.writeString(done, "made\n");
        out.println("made " + count + " scanned reports");
        return dir;
    }

    private static int files(Path corpus) throws IOException {
        try (Stream<Path> list = Files.list(corpus)) {
            return (int) list.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The product's jar, which the benchmark's jar names on its class path (app/disclosure-etl.jar beside it). */
    private static Path productJar() throws Exception {
        Path bench = Path.of(WorkersBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return bench.resolveSibling("app").resolve("disclosure-etl.jar");
    }
}
