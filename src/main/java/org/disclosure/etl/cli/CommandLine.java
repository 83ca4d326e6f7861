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

    private final PrintStream out;
    private final PrintStream err;

    private final List<Command> commands;

    /** The commands: name, synopsis, what it does, the options it takes, and what runs it. */
    private List<Command> commandTable() {
        return List.of(
                new Command("ingest", "[--inbox=DIR] [--extracts=DIR] [--corrections=DIR] [--warehouse=JDBC_URL] [--job=FILE] [--reprocess=failed|partial|all] [--rebuild] [--remote]", """
                        reads new inbox files into the warehouse, writes the extracts and the review page;
                        restarts the last run where it stopped if it did not complete""",
                        Set.of("inbox", "extracts", "corrections", "warehouse", "job", "reprocess", "rebuild", "remote"), true,
                        call -> withApplication(call, context -> new IngestCommand(out, err).run(context, call.reprocess()))),
                new Command("worker", "[--warehouse=JDBC_URL] [--job=FILE]", """
                        runs the read partitions of ingest --remote runs on this PostgreSQL warehouse until stopped;
                        SIGTERM: finishes the partitions at hand, then exits 0""",
                        Set.of("warehouse", "job"), false,
                        call -> withApplication(call, false, context -> new WorkerCommand(out, err).run(context))),
                new Command("schedule", "[--job=FILE] [--runs=N]", """
                        runs ingest on the job file's ingest.schedule cron expression (for hosts without cron)""",
                        Set.of("inbox", "extracts", "corrections", "warehouse", "job", "runs"), false,
                        call -> withApplication(call, context -> new ScheduleCommand(out, err).run(context, call.runs()))),
                new Command("status", "[--warehouse=JDBC_URL] [--job=FILE] [--runs=N]", """
                        prints the last runs from the job repository""",
                        Set.of("warehouse", "job", "runs"), false,
                        call -> withApplication(call, context -> new StatusCommand(out).run(context, call.runs() == 0 ? 10 : call.runs()))),
                new Command("publish", "[--warehouse=JDBC_URL] [--job=FILE] [--site=DIR] [--rebuild]", """
                        writes the static data set site (default data/site): catalogue, downloads by year and province,
                        Parquet facts, coverage, cross-year checks, datapackage.json""",
                        Set.of("warehouse", "job", "site", "rebuild"), true,
                        call -> withApplication(call, context -> new PublishCommand(out, err).run(context,
                                Path.of(call.options().getOrDefault("site", PublishCommand.DEFAULT_SITE))))));
    }

    /** Usage, made from the command table. */
    final String usage() {
        StringBuilder usage = new StringBuilder("usage: java -jar disclosure-etl.jar COMMAND [OPTIONS]\n");
        for (Command c : commands) {
            usage.append("  ").append(c.name()).append(' ').append(c.synopsis()).append('\n');
            c.description().lines().forEach(line -> usage.append("      ").append(line).append('\n'));
        }
        return usage.append("""
                options of ingest:
                  --inbox      folder of harvested reports          (default data/inbox)
                  --extracts   folder for the CSV extracts           (default data/extracts)
                  --corrections folder of operators' correction files (default data/corrections)
                  --warehouse  JDBC URL of the warehouse             (default H2 file under data/warehouse)
                  --job        job definition file                   (default jobs/nightly.yml, if present)
                  --reprocess  re-read reports that failed, were partial, or all, replacing what they loaded
                  --rebuild    write every partition of the extracts (publish: of the site), not only those changed
                               since the set published before; the files come out the same
                  --remote     send the read step's partitions to worker processes (worker) through the PostgreSQL
                               warehouse instead of reading on this machine's threads
                exit codes: 0 run completed, 1 run failed, 2 usage error, 3 could not start, 4 another run holds the warehouse""")
                .toString();
    }

    /**
     * @param writes whether it takes the run lock: refused at once (exit 4) while another run holds the warehouse
     */
    private record Command(String name, String synopsis, String description, Set<String> options, boolean writes, Runner runner) {
    }

    /** A command as called: its options, the job file it names (or none), and the parsed values. */
    private record Call(Map<String, String> options, String jobFile, int runs, String reprocess) {
    }

    private interface Runner {
        int run(Call call);
    }

    private static final Set<String> REPROCESS = Set.of("failed", "partial", "all");
    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("--rebuild", "--remote");
    /** The commands that run the ingest job, which the job file's {@code ingest.remote} sends to workers. */
    private static final Set<String> RUNS_INGEST = Set.of("ingest", "schedule");
    private static final String DEFAULT_JOB_FILE = "jobs/nightly.yml";

    public CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.commands = commandTable();
    }

    public int run(String[] args) {
        List<String> names = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (FLAGS.contains(arg)) {
                options.put(arg.substring(2), "true");
            } else if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (arg.equals("-h") || arg.equals("--help") || arg.equals("help")) {
                out.println(usage());
                return ExitCode.COMPLETED;
            } else if (arg.startsWith("-")) {
                return usage("options take a value: " + arg + "=…");
            } else {
                names.add(arg);
            }
        }
        Optional<Command> named = names.size() == 1
                ? commands.stream().filter(c -> c.name().equals(names.get(0))).findFirst() : Optional.empty();
        if (named.isEmpty()) {
            return usage(names.isEmpty() ? "no command given" : "unknown command " + String.join(" ", names));
        }
        Command command = named.get();
        for (String name : options.keySet()) {
            if (!command.options().contains(name)) {
                return usage(command.name() + " takes no option --" + name);
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
            runs = Integer.parseInt(options.getOrDefault("runs", "0"));
        } catch (NumberFormatException e) {
            return usage("--runs takes a number");
        }
        Optional<String> remote = command.name().equals("worker") ? Optional.of("worker")
                : !RUNS_INGEST.contains(command.name()) ? Optional.empty()
                : options.containsKey("remote") || job.get("ingest.remote").map(Boolean::parseBoolean).orElse(false)
                ? Optional.of(command.name() + " --remote") : Optional.empty();
        if (remote.isPresent() && !warehouse(options, job).startsWith("jdbc:postgresql:")) {
            return usage(remote.get() + " needs a PostgreSQL warehouse that the manager and its workers share; "
                    + warehouse(options, job) + " is not one");
        }
        if (command.writes()) {
            Optional<String> holder = WarehouseProbe.holder(warehouse(options, job), credential("USERNAME", job), credential("PASSWORD", job));
            if (holder.isPresent()) {
                err.println(HeldRunLock.busy(holder.get()));
                return ExitCode.LOCKED;
            }
        }
        return command.runner().run(new Call(options, jobFile, runs, reprocess));
    }

    interface Application {
        int run(ConfigurableApplicationContext context) throws Exception;
    }

    private int withApplication(Call call, Application command) {
        return withApplication(call, true, command);
    }

    /** @param closedOnSignal whether SIGTERM closes the application at once (Spring's shutdown hook); else the command sees to it */
    private int withApplication(Call call, boolean closedOnSignal, Application command) {
        SpringApplication app = new SpringApplication(DisclosureEtlApplication.class);
        app.setRegisterShutdownHook(closedOnSignal);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        ConfigurableApplicationContext context;
        try {
            context = app.run(springArguments(call.options(), call.jobFile()));
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
                .or(() -> job.get("ingest.warehouse")).orElseGet(() -> JobFile.defaults().get("ingest.warehouse").orElseThrow());
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
        for (String name : List.of("inbox", "extracts", "corrections", "warehouse", "rebuild", "remote")) {
            if (options.containsKey(name)) {
                args.add("--ingest." + name + "=" + options.get(name));
            }
        }
        return args.toArray(String[]::new);
    }

    private int usage(String problem) {
        err.println("disclosure-etl: " + problem);
        err.println(usage());
        return ExitCode.USAGE;
    }

    /** The innermost cause's message: what a one-line error names. */
    public static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
