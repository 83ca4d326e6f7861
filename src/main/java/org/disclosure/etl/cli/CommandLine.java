package org.disclosure.etl.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disclosure.etl.DisclosureEtlApplication;
import org.disclosure.etl.batch.IngestSettings;
import org.disclosure.etl.bench.Benchmark;
import org.disclosure.etl.bench.OcrBenchmark;
import org.disclosure.etl.bench.ReaderBenchmark;
import org.disclosure.etl.document.scan.Tesseract;
import org.disclosure.etl.warehouse.DiskFull;
import org.disclosure.etl.warehouse.PostgresTimeouts;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line, a public contract that operators' scripts and cron call. Options override the
 * job file, which overrides the defaults in application.yml.
 */
public final class CommandLine {

    static final String USAGE = """
            usage: java -jar disclosure-etl.jar COMMAND [OPTIONS]
              ingest [--inbox=DIR] [--extracts=DIR] [--warehouse=JDBC_URL] [--job=FILE] [--reprocess=failed|partial|all]
                  reads new inbox files into the warehouse, writes the extracts and the review page;
                  restarts the last run where it stopped if it did not complete
              schedule [--job=FILE] [--runs=N]
                  runs ingest on the job file's ingest.schedule cron expression (for hosts without cron)
              status [--warehouse=JDBC_URL] [--job=FILE] [--runs=N]
                  prints the last runs from the job repository
              publish [--warehouse=JDBC_URL] [--job=FILE] [--site=DIR]
                  writes the static data set site (default data/site): catalogue, downloads by year and province,
                  Parquet facts, coverage, cross-year checks, datapackage.json
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
            options of ingest:
              --inbox      folder of harvested reports          (default data/inbox)
              --extracts   folder for the CSV extracts           (default data/extracts)
              --warehouse  JDBC URL of the warehouse             (default H2 file under data/warehouse)
              --job        job definition file                   (default jobs/nightly.yml, if present)
              --reprocess  re-read reports that failed, were partial, or all, replacing what they loaded
            exit codes: 0 run completed, 1 run failed, 2 usage error, 3 could not start, 4 another run holds the warehouse""";
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "ingest", Set.of("inbox", "extracts", "warehouse", "job", "reprocess"),
            "schedule", Set.of("inbox", "extracts", "warehouse", "job", "runs"),
            "status", Set.of("warehouse", "job", "runs"),
            "publish", Set.of("warehouse", "job", "site"),
            "bench-readers", Set.of("pdf", "docx", "runs"),
            "bench-ocr", Set.of("pdf", "copies", "threads"),
            "bench", Set.of("reports", "warmup", "warmup-passes", "cache", "pg", "threads"));
    private static final Set<String> REPROCESS = Set.of("failed", "partial", "all");
    private static final String DEFAULT_JOB_FILE = "jobs/nightly.yml";
    /** As in application.yml. */
    private static final String DEFAULT_WAREHOUSE = "jdbc:h2:file:./data/warehouse/disclosure;AUTO_SERVER=TRUE";

    private final PrintStream out;
    private final PrintStream err;

    public CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        List<String> commands = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (arg.equals("-h") || arg.equals("--help") || arg.equals("help")) {
                out.println(USAGE);
                return ExitCode.COMPLETED;
            } else if (arg.startsWith("-")) {
                return usage("options take a value: " + arg + "=…");
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
        String jobFile = options.get("job");
        if (jobFile != null && !Files.isRegularFile(Path.of(jobFile))) {
            return usage("job file " + jobFile + " not found");
        }
        JobFile job;
        try {
            String file = jobFile != null ? jobFile : Files.isRegularFile(Path.of(DEFAULT_JOB_FILE)) ? DEFAULT_JOB_FILE : null;
            job = file == null ? JobFile.empty() : JobFile.read(Path.of(file));
        } catch (JobFile.InvalidJobFileException e) {
            err.println("disclosure-etl: " + e.getMessage());
            return ExitCode.USAGE;
        }
        String reprocess = options.get("reprocess");
        if (reprocess != null && !REPROCESS.contains(reprocess)) {
            return usage("--reprocess takes failed, partial or all");
        }
        int runs;
        try {
            runs = Integer.parseInt(options.getOrDefault("runs", command.equals("bench-readers") ? "30" : "0"));
        } catch (NumberFormatException e) {
            return usage("--runs takes a number");
        }
        if (command.equals("ingest") || command.equals("publish")) {
            Optional<String> holder = WarehouseProbe.holder(warehouse(options, job), credential("USERNAME", job), credential("PASSWORD", job));
            if (holder.isPresent()) {
                err.println(HeldRunLock.busy(holder.get()));
                return ExitCode.LOCKED;
            }
        }
        return switch (command) {
            case "bench-readers" -> benchReaders(options, runs);
            case "bench-ocr" -> benchOcr(options);
            case "bench" -> bench(options);
            case "status" -> withApplication(options, jobFile, context -> new StatusCommand(out).run(context, runs == 0 ? 10 : runs));
            case "schedule" -> withApplication(options, jobFile, context -> new ScheduleCommand(out, err).run(context, runs));
            case "publish" -> withApplication(options, jobFile, context -> new PublishCommand(out, err).run(context,
                    Path.of(options.getOrDefault("site", PublishCommand.DEFAULT_SITE))));
            default -> withApplication(options, jobFile, context -> new IngestCommand(out, err).run(context, reprocess));
        };
    }

    interface Application {
        int run(ConfigurableApplicationContext context) throws Exception;
    }

    private int withApplication(Map<String, String> options, String jobFile, Application command) {
        SpringApplication app = new SpringApplication(DisclosureEtlApplication.class);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        ConfigurableApplicationContext context;
        try {
            context = app.run(springArguments(options, jobFile));
        } catch (RuntimeException e) {
            Optional<String> held = WarehouseProbe.heldOpenElsewhere(e);
            if (held.isPresent()) {
                err.println("disclosure-etl: another process holds the warehouse (" + held.get() + "); nothing done");
                return ExitCode.LOCKED;
            }
            err.println("disclosure-etl: cannot start: " + (PostgresTimeouts.isCause(e)
                    ? "the warehouse did not answer within " + PostgresTimeouts.LOGIN_SECONDS + " s (" + rootMessage(e) + ")"
                    : DiskFull.isCause(e) ? DiskFull.message(e) : rootMessage(e)));
            return ExitCode.CANNOT_START;
        }
        try (context) {
            return command.run(context);
        } catch (Exception e) {
            err.println("disclosure-etl: run failed: " + rootMessage(e));
            return ExitCode.RUN_FAILED;
        }
    }

    /** The warehouse a run would open: the option, else the environment, the job file, the default. */
    private static String warehouse(Map<String, String> options, JobFile job) {
        return Optional.ofNullable(options.get("warehouse")).or(() -> Optional.ofNullable(System.getenv("INGEST_WAREHOUSE")))
                .or(() -> job.get("ingest.warehouse")).orElse(DEFAULT_WAREHOUSE);
    }

    /** A datasource credential as Spring would find it: the environment, else the job file, else none (H2's default user). */
    private static String credential(String name, JobFile job) {
        return Optional.ofNullable(System.getenv("SPRING_DATASOURCE_" + name))
                .or(() -> job.get("spring.datasource." + name.toLowerCase(java.util.Locale.ROOT))).orElse("");
    }

    private static String[] springArguments(Map<String, String> options, String jobFile) {
        List<String> args = new ArrayList<>();
        args.add("--spring.config.import=" + (jobFile != null ? "file:" + jobFile : "optional:file:" + DEFAULT_JOB_FILE));
        if (System.console() != null) {
            // On a terminal the read step draws a progress line; per-file lines go to the log file only.
            args.add("--logging.threshold.console=WARN");
        }
        for (String name : List.of("inbox", "extracts", "warehouse")) {
            if (options.containsKey(name)) {
                args.add("--ingest." + name + "=" + options.get(name));
            }
        }
        return args.toArray(String[]::new);
    }

    private int benchReaders(Map<String, String> options, int runs) {
        Path pdf = Path.of(options.getOrDefault("pdf", "data/inbox/hongze-district-2023.pdf"));
        Path docx = Path.of(options.getOrDefault("docx", "src/test/resources/fixtures/docx/template-2021-subrows.docx"));
        if (!Files.isRegularFile(pdf) || !Files.isRegularFile(docx) || runs < 1) {
            return usage("bench-readers needs an existing --pdf and --docx and --runs of at least 1");
        }
        try {
            new ReaderBenchmark(out).run(pdf, docx, runs);
            return ExitCode.COMPLETED;
        } catch (Exception e) {
            err.println("disclosure-etl: benchmark failed: " + rootMessage(e));
            return ExitCode.RUN_FAILED;
        }
    }

    private int benchOcr(Map<String, String> options) {
        Path pdf = Path.of(options.getOrDefault("pdf", "data/inbox/hongze-district-2023.pdf"));
        int copies;
        int threads;
        try {
            copies = Integer.parseInt(options.getOrDefault("copies", "2"));
            threads = Integer.parseInt(options.getOrDefault("threads",
                    String.valueOf(Math.min(IngestSettings.MAX_THREADS, Runtime.getRuntime().availableProcessors()))));
        } catch (NumberFormatException e) {
            return usage("--copies and --threads take numbers");
        }
        if (!Files.isRegularFile(pdf) || copies < 1 || threads < 1 || threads > IngestSettings.MAX_THREADS) {
            return usage("bench-ocr needs an existing --pdf, --copies of at least 1 and --threads of 1 to " + IngestSettings.MAX_THREADS);
        }
        try {
            return new OcrBenchmark(out).run(pdf, copies, threads, Tesseract.COMMAND);
        } catch (Exception e) {
            err.println("disclosure-etl: benchmark failed: " + rootMessage(e));
            return ExitCode.RUN_FAILED;
        }
    }

    private int bench(Map<String, String> options) {
        int reports;
        int warmup;
        int passes;
        List<Integer> threads = new ArrayList<>();
        try {
            reports = Integer.parseInt(options.getOrDefault("reports", "1000"));
            warmup = Integer.parseInt(options.getOrDefault("warmup", "1000"));
            passes = Integer.parseInt(options.getOrDefault("warmup-passes", "3"));
            int cores = Math.min(IngestSettings.MAX_THREADS, Runtime.getRuntime().availableProcessors());
            for (String n : options.getOrDefault("threads", String.valueOf(cores)).split(",")) {
                threads.add(Integer.parseInt(n.strip()));
            }
        } catch (NumberFormatException e) {
            return usage("--reports, --warmup, --warmup-passes and --threads take numbers (--threads=1,2,4 for a scaling table)");
        }
        if (threads.stream().anyMatch(t -> t < 1 || t > IngestSettings.MAX_THREADS)) {
            return usage("--threads takes 1 to " + IngestSettings.MAX_THREADS);
        }
        try {
            return new Benchmark(out).run(reports, warmup, Math.max(1, passes), Path.of(options.getOrDefault("cache", "data/bench-cache")), options.get("pg"), threads);
        } catch (Exception e) {
            err.println("disclosure-etl: benchmark failed: " + rootMessage(e));
            return ExitCode.RUN_FAILED;
        }
    }

    private int usage(String problem) {
        err.println("disclosure-etl: " + problem);
        err.println(USAGE);
        return ExitCode.USAGE;
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
