package org.disclosure.etl.cli;

import java.util.Optional;

/** Entry point: {@code java -jar disclosure-etl.jar ingest [--inbox=DIR] [--extracts=DIR] [--warehouse=URL] [--job=FILE]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Optional<Integer> again = Utf8Locale.runAgainIfNeeded();
        System.exit(again.isPresent() ? again.get() : new CommandLine(System.out, System.err).run(Utf8Locale.arguments(args)));
    }
}
