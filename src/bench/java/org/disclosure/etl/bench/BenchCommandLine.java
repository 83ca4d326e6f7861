package org.disclosure.etl.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosure.etl.batch.IngestSettings;
import org.disclosure.etl.cli.CommandLine;
import org.disclosure.etl.cli.ExitCode;
import org.disclosure.etl.document.scan.Tesseract;

/**
 * The benchmark's command line, {@code java -jar target/disclosure-etl-bench.jar COMMAND [OPTIONS]}:
 * a jar of its own beside the product's, which it runs in-process.
 */
public final class BenchCommandLine {

    static final String USAGE = """
            usage: java -jar disclosure-etl-bench.jar COMMAND [OPTIONS]
              bench [--reports=N] [--warmup=N] [--warmup-passes=N] [--cache=DIR] [--pg=JDBC_URL] [--threads=N[,N…]]
                  ingests N synthetic reports into H2 (and a scratch PostgreSQL) against the extraction floor and
                  our reading alone on as many threads (default: ingest.threads), after --warmup-passes ingests
                  (default 3) of the first --warmup reports (default 1000; 0 measures a cold JVM); several thread
                  counts print a scaling table
              bench-readers [--pdf=FILE] [--docx=FILE] [--runs=N]
                  measures reading against PDFBox's and POI's own text extraction
              bench-ocr [--pdf=FILE] [--copies=N] [--threads=N]
                  reads N scanned copies (made in-process, 300 dpi) of a report against Tesseract alone reading the
                  same page images whole, on as many threads (default: the machine's cores)
              bench-night [--sizes=N[,N…]] [--night=N] [--nights=N] [--cache=DIR] [--pg=JDBC_URL] [--h2=true|false] [--publish=true|false]
                  --nights nights (default 3) of --night new reports (default 30) on warehouses grown to each size
                  (default 3000,30000), H2 (unless --h2=false) and the scratch PostgreSQL, each timed with the bytes it
                  writes, publish after it (default true); the median night reported
              bench-workers --pg=JDBC_URL [--reports=N] [--scans=N] [--cache=DIR]
                  ingest --remote of N born-digital reports (default 320) and N scans (default 24; 0: none) on the
                  scratch PostgreSQL with 1 and 2 worker processes of one thread each, warmed, beside local runs on 1
                  and 2 threads: the read step's rate and the workers' efficiency""";
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "bench", Set.of("reports", "warmup", "warmup-passes", "cache", "pg", "threads"),
            "bench-readers", Set.of("pdf", "docx", "runs"),
            "bench-ocr", Set.of("pdf", "copies", "threads"),
            "bench-night", Set.of("sizes", "night", "nights", "cache", "pg", "h2", "publish"),
            "bench-workers", Set.of("pg", "reports", "scans", "cache"));
    private static final int CORES = Math.min(IngestSettings.MAX_THREADS, Runtime.getRuntime().availableProcessors());

    private final PrintStream out;
    private final PrintStream err;

    public BenchCommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new BenchCommandLine(System.out, System.err).run(args));
    }

    public int run(String[] args) {
        List<String> commands = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                commands.add(arg);
            }
        }
        if (commands.size() != 1 || !OPTIONS.containsKey(commands.get(0))) {
            return usage(commands.isEmpty() ? "no command given" : "unknown command " + String.join(" ", commands));
        }
        String command = commands.get(0);
        for (String name : options.keySet()) {
            if (!OPTIONS.get(command).contains(name)) {
                return usage(command + " takes no option --" + name);
            }
        }
        try {
            return switch (command) {
                case "bench-readers" -> benchReaders(options);
                case "bench-ocr" -> benchOcr(options);
                case "bench-night" -> benchNight(options);
                case "bench-workers" -> benchWorkers(options);
                default -> bench(options);
            };
        } catch (NumberFormatException e) {
            return usage("numbers expected: " + e.getMessage());
        } catch (Exception e) {
            err.println("disclosure-etl: benchmark failed: " + CommandLine.rootMessage(e));
            return ExitCode.RUN_FAILED;
        }
    }

    private int benchReaders(Map<String, String> options) throws Exception {
        Path pdf = Path.of(options.getOrDefault("pdf", "data/inbox/hongze-district-2023.pdf"));
        Path docx = Path.of(options.getOrDefault("docx", "src/test/resources/fixtures/docx/template-2021-subrows.docx"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "30"));
        if (!Files.isRegularFile(pdf) || !Files.isRegularFile(docx) || runs < 1) {
            return usage("bench-readers needs an existing --pdf and --docx and --runs of at least 1");
        }
        new ReaderBenchmark(out).run(pdf, docx, runs);
        return ExitCode.COMPLETED;
    }

    private int benchOcr(Map<String, String> options) throws Exception {
        Path pdf = Path.of(options.getOrDefault("pdf", "data/inbox/hongze-district-2023.pdf"));
        int copies = Integer.parseInt(options.getOrDefault("copies", "2"));
        int threads = Integer.parseInt(options.getOrDefault("threads", String.valueOf(CORES)));
        if (!Files.isRegularFile(pdf) || copies < 1 || threads < 1 || threads > IngestSettings.MAX_THREADS) {
            return usage("bench-ocr needs an existing --pdf, --copies of at least 1 and --threads of 1 to " + IngestSettings.MAX_THREADS);
        }
        return new OcrBenchmark(out).run(pdf, copies, threads, Tesseract.COMMAND);
    }

    private int benchNight(Map<String, String> options) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String n : options.getOrDefault("sizes", "3000,30000").split(",")) {
            sizes.add(Integer.parseInt(n.strip()));
        }
        int night = Integer.parseInt(options.getOrDefault("night", "30"));
        int nights = Integer.parseInt(options.getOrDefault("nights", "3"));
        if (night < 1 || nights < 1 || sizes.stream().anyMatch(s -> s < 16)) {
            return usage("bench-night needs --night and --nights of at least 1 and --sizes of at least 16");
        }
        return new NightBenchmark(out).run(sizes, night, nights, Path.of(options.getOrDefault("cache", "data/bench-cache")), options.get("pg"),
                Boolean.parseBoolean(options.getOrDefault("h2", "true")), Boolean.parseBoolean(options.getOrDefault("publish", "true")));
    }

    private int benchWorkers(Map<String, String> options) throws Exception {
        int reports = Integer.parseInt(options.getOrDefault("reports", "320"));
        int scans = Integer.parseInt(options.getOrDefault("scans", "24"));
        if (options.get("pg") == null || reports < 1 || scans < 0) {
            return usage("bench-workers needs --pg (workers share a PostgreSQL warehouse), --reports of at least 1 and --scans of 0 or more");
        }
        return new WorkersBenchmark(out).run(options.get("pg"), reports, scans, Path.of(options.getOrDefault("cache", "data/bench-cache")));
    }

    private int bench(Map<String, String> options) throws Exception {
        int reports = Integer.parseInt(options.getOrDefault("reports", "1000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "1000"));
        int passes = Integer.parseInt(options.getOrDefault("warmup-passes", "3"));
        List<Integer> threads = new ArrayList<>();
        for (String n : options.getOrDefault("threads", String.valueOf(CORES)).split(",")) {
            threads.add(Integer.parseInt(n.strip()));
        }
        if (threads.stream().anyMatch(t -> t < 1 || t > IngestSettings.MAX_THREADS)) {
            return usage("--threads takes 1 to " + IngestSettings.MAX_THREADS);
        }
        return new Benchmark(out).run(reports, warmup, Math.max(1, passes), Path.of(options.getOrDefault("cache", "data/bench-cache")),
                options.get("pg"), threads);
    }

    private int usage(String problem) {
        err.println("disclosure-etl-bench: " + problem);
        err.println(USAGE);
        return ExitCode.USAGE;
    }
}
