package org.disclosure.etl.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosure.etl.DisclosureEtlApplication;
import org.disclosure.etl.batch.IngestSettings;
import org.disclosure.etl.bench.ReaderBenchmark;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line, a public contract that operators' scripts call:
 * {@code ingest [--inbox=DIR] [--extracts=DIR] [--warehouse=JDBC_URL] [--job=FILE]}. Options
 * override the job file, which overrides the defaults in application.yml.
 */
public final class CommandLine {

    static final String USAGE = """
            usage: java -jar disclosure-etl.jar ingest [--inbox=DIR] [--extracts=DIR] [--warehouse=JDBC_URL] [--job=FILE]
              --inbox      folder of harvested reports          (default data/inbox)
              --extracts   folder for the CSV extracts           (default data/extracts)
              --warehouse  JDBC URL of the warehouse             (default H2 file under data/warehouse)
              --job        job definition file                   (default jobs/nightly.yml, if present)
                   java -jar disclosure-etl.jar bench-readers [--pdf=FILE] [--docx=FILE] [--runs=N]
              measures reading against PDFBox's and POI's own text extraction (see README)
            exit codes: 0 run completed, 1 run failed, 2 usage error, 3 could not start""";
    private static final Set<String> OPTIONS = Set.of("inbox", "extracts", "warehouse", "job", "pdf", "docx", "runs");
    private static final Set<String> BENCH_OPTIONS = Set.of("pdf", "docx", "runs");
    private static final String DEFAULT_JOB_FILE = "jobs/nightly.yml";

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
                String name = arg.substring(2, arg.indexOf('='));
                if (!OPTIONS.contains(name)) {
                    return usage("unknown option --" + name);
                }
                options.put(name, arg.substring(arg.indexOf('=') + 1));
            } else if (arg.equals("-h") || arg.equals("--help") || arg.equals("help")) {
                out.println(USAGE);
                return ExitCode.COMPLETED;
            } else if (arg.startsWith("-")) {
                return usage("options take a value: " + arg + "=…");
            } else {
                commands.add(arg);
            }
        }
        if (commands.equals(List.of("bench-readers"))) {
            return benchReaders(options);
        }
        if (commands.size() != 1 || !commands.get(0).equals("ingest")) {
            return usage(commands.isEmpty() ? "no command given" : "unknown command " + String.join(" ", commands));
        }
        if (options.keySet().stream().anyMatch(BENCH_OPTIONS::contains)) {
            return usage("ingest takes --inbox, --extracts, --warehouse and --job");
        }
        String jobFile = options.get("job");
        if (jobFile != null && !Files.isRegularFile(Path.of(jobFile))) {
            return usage("job file " + jobFile + " not found");
        }
        return ingest(springArguments(options, jobFile));
    }

    private static String[] springArguments(Map<String, String> options, String jobFile) {
        List<String> args = new ArrayList<>();
        args.add("--spring.config.import=" + (jobFile != null ? "file:" + jobFile : "optional:file:" + DEFAULT_JOB_FILE));
        for (String name : List.of("inbox", "extracts", "warehouse")) {
            if (options.containsKey(name)) {
                args.add("--ingest." + name + "=" + options.get(name));
            }
        }
        return args.toArray(String[]::new);
    }

    private int ingest(String[] springArgs) {
        SpringApplication app = new SpringApplication(DisclosureEtlApplication.class);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        ConfigurableApplicationContext context;
        try {
            context = app.run(springArgs);
        } catch (RuntimeException e) {
            err.println("disclosure-etl: cannot start: " + rootMessage(e));
            return ExitCode.CANNOT_START;
        }
        try (context) {
            IngestSettings settings = context.getBean(IngestSettings.class);
            if (!Files.isDirectory(settings.inbox())) {
                return usage("inbox " + settings.inbox() + " is not a directory");
            }
            long started = System.nanoTime();
            JobParameters parameters = new JobParametersBuilder()
                    .addString("inbox", settings.inbox().toAbsolutePath().normalize().toString())
                    .addLong("run.started", System.currentTimeMillis())
                    .addString("extracts", settings.extracts().toAbsolutePath().normalize().toString(), false)
                    .toJobParameters();
            JobExecution execution = context.getBean(JobLauncher.class)
                    .run(context.getBean("ingestJob", Job.class), parameters);
            RunSummary summary = RunSummary.of(context, execution, System.nanoTime() - started, settings.extracts());
            out.println(summary.render());
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                execution.getAllFailureExceptions().forEach(t -> err.println("disclosure-etl: " + rootMessage(t)));
                return ExitCode.RUN_FAILED;
            }
            return ExitCode.COMPLETED;
        } catch (Exception e) {
            err.println("disclosure-etl: run failed: " + rootMessage(e));
            return ExitCode.RUN_FAILED;
        }
    }

    private int benchReaders(Map<String, String> options) {
        Path pdf = Path.of(options.getOrDefault("pdf", "data/inbox/hongze-district-2023.pdf"));
        Path docx = Path.of(options.getOrDefault("docx", "src/test/resources/fixtures/docx/template-2021-subrows.docx"));
        int runs;
        try {
            runs = Integer.parseInt(options.getOrDefault("runs", "30"));
        } catch (NumberFormatException e) {
            return usage("--runs takes a number");
        }
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

    private int usage(String problem) {
        err.println("disclosure-etl: " + problem);
        err.println(USAGE);
        return ExitCode.USAGE;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
