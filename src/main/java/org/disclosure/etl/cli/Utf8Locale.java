package org.disclosure.etl.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * File names are UTF-8 (Chinese names, {@code by-province/山西省}), but the JVM names files in the
 * encoding of the locale it starts in: under cron, {@code env -i} or a {@code LANG} whose locale is
 * not generated that is ASCII, and every Chinese name is refused. Started so, the program runs
 * itself again under {@code C.UTF-8} (built into glibc) and passes on its exit code and signals.
 * Its own arguments travel in the environment, base64-encoded, since an ASCII JVM cannot write
 * them into a command line.
 */
public final class Utf8Locale {

    static final String ARGUMENTS = "DISCLOSURE_ETL_ARGUMENTS";
    private static final String LOCALE = "C.UTF-8";

    private Utf8Locale() {
    }

    /** Whether this JVM names files in UTF-8. */
    static boolean namesFilesInUtf8() {
        return "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"));
    }

    /** The arguments a run started again under UTF-8 was given, else {@code args}. */
    public static String[] arguments(String[] args) {
        String carried = System.getenv(ARGUMENTS);
        if (carried == null) {
            return args;
        }
        String decoded = new String(Base64.getDecoder().decode(carried), StandardCharsets.UTF_8);
        return decoded.isEmpty() ? new String[0] : decoded.split("\0", -1);
    }

    /**
     * Where this JVM does not name files in UTF-8: runs the program again under {@code C.UTF-8}
     * and returns its exit code; empty where this JVM can go on itself.
     */
    public static Optional<Integer> runAgainIfNeeded() throws IOException, InterruptedException {
        if (namesFilesInUtf8() || System.getenv(ARGUMENTS) != null) {
            return Optional.empty();
        }
        List<String> line = commandLine();
        int jar = line.indexOf("-jar");
        if (jar < 0 || jar + 1 >= line.size() || !line.subList(0, jar + 2).stream().allMatch(Utf8Locale::isAscii)) {
            return Optional.empty(); // not started as java … -jar with a plain command: the refusals name the problem
        }
        List<String> command = new ArrayList<>(line.subList(0, jar + 2));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("LC_ALL", LOCALE);
        builder.environment().put(ARGUMENTS, Base64.getEncoder().encodeToString(
                String.join("\0", line.subList(jar + 2, line.size())).getBytes(StandardCharsets.UTF_8)));
        Process run = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (run.isAlive()) {
                run.destroy(); // SIGTERM, as this process got: the run stops as it would have
                try {
                    Runtime.getRuntime().halt(run.waitFor()); // its exit code, not the signal's 143 (a worker's SIGTERM ends in 0)
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "utf8-locale-forward"));
        return Optional.of(run.waitFor());
    }

    /** This process's command line as the kernel holds it (bytes, read as UTF-8): the JVM's copy is already mangled. */
    private static List<String> commandLine() throws IOException {
        byte[] raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
        String all = new String(raw, StandardCharsets.UTF_8);
        if (all.endsWith("\0")) {
            all = all.substring(0, all.length() - 1);
        }
        return List.of(all.split("\0", -1));
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }
}
