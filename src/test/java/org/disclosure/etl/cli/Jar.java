package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged jar, started as a child process the way an operator or cron starts it. */
final class Jar {

    record Result(int exit, String out) {
    }

    private Jar() {
    }

    /**
     * The java command and the product, as the README's first screen runs it: the extracted jar with
     * its class-data archive (each start about 2 s sooner than the fat jar's: the tests start it some
     * two hundred times). A start the archive does not fit runs on without it, silently.
     */
    static List<String> command() {
        Path app = Path.of(System.getProperty("etl.jar", "target/app/disclosure-etl.jar")).toAbsolutePath();
        Path archive = app.resolveSibling("disclosure-etl.jsa");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (java.nio.file.Files.isRegularFile(archive)) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        command.addAll(List.of("-jar", app.toString()));
        return command;
    }

    static Process start(Path workDir, List<String> jvmOptions, String... args) throws IOException {
        return start(workDir, java.util.Map.of(), jvmOptions, args);
    }

    /** @param env variables to add to the child's environment (credentials, as operators pass them) */
    static Process start(Path workDir, java.util.Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException {
        return start(List.of(), workDir, env, jvmOptions, args);
    }

    /** @param launcher what the java command runs under (e.g. setpriv dropping capabilities) */
    static Process start(List<String> launcher, Path workDir, java.util.Map<String, String> env, List<String> jvmOptions,
                         String... args) throws IOException {
        List<String> command = new ArrayList<>(launcher);
        List<String> product = command();
        command.add(product.get(0));
        command.addAll(jvmOptions);
        command.addAll(product.subList(1, product.size()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Started with its output (and errors) appended to {@code output}, for a test to read while it runs. */
    static Process startWritingTo(Path output, Path workDir, java.util.Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(command());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().putAll(env);
        return builder.start();
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, List.of(), args);
    }

    static Result run(Path workDir, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return run(workDir, java.util.Map.of(), jvmOptions, args);
    }

    static Result run(Path workDir, java.util.Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        return run(List.of(), workDir, env, jvmOptions, args);
    }

    static Result run(List<String> launcher, Path workDir, java.util.Map<String, String> env, List<String> jvmOptions,
                      String... args) throws IOException, InterruptedException {
        Process p = start(launcher, workDir, env, jvmOptions, args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
