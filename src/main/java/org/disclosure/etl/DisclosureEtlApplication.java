package org.disclosure.etl;

import java.util.Optional;
import org.disclosure.etl.cli.CommandLine;
import org.disclosure.etl.cli.Utf8Locale;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point: {@code java -jar disclosure-etl.jar ingest [--inbox=DIR] [--extracts=DIR] [--warehouse=URL] [--job=FILE]}. */
@SpringBootApplication
public class DisclosureEtlApplication {

    public static void main(String[] args) throws Exception {
        Optional<Integer> again = Utf8Locale.runAgainIfNeeded();
        System.exit(again.isPresent() ? again.get() : new CommandLine(System.out, System.err).run(Utf8Locale.arguments(args)));
    }
}
