package org.disclosure.etl;

import org.disclosure.etl.cli.CommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point: {@code java -jar disclosure-etl.jar ingest [--inbox=DIR] [--extracts=DIR] [--warehouse=URL] [--job=FILE]}. */
@SpringBootApplication
public class DisclosureEtlApplication {

    public static void main(String[] args) {
        System.exit(new CommandLine(System.out, System.err).run(args));
    }
}
