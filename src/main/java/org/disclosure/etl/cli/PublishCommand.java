package org.disclosure.etl.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.disclosure.etl.batch.IngestSettings;
import org.disclosure.etl.publish.SiteFolder;
import org.disclosure.etl.publish.SitePublisher;
import org.disclosure.etl.warehouse.RunLock;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code publish}: the static data set site from the warehouse, as the ingest's last step writes it where the job file names a site. */
final class PublishCommand {

    static final String DEFAULT_SITE = "data/site";

    private final PrintStream out;
    private final PrintStream err;

    PublishCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(ConfigurableApplicationContext context, Path site) throws Exception {
        java.util.Optional<String> refusal = SiteFolder.refusal(site);
        if (refusal.isPresent()) {
            err.println("disclosure-etl: " + refusal.get());
            return ExitCode.USAGE;
        }
        // Under the ingest's lock: a site is built from a warehouse no run is writing, and by one publish at a time.
        java.util.Optional<HeldRunLock> held = HeldRunLock.take(context.getBean(RunLock.class), err);
        if (held.isEmpty()) {
            return ExitCode.LOCKED;
        }
        try (HeldRunLock lock = held.get()) {
            SitePublisher.Published published = context.getBean(SitePublisher.class).publish(site,
                    context.getBean(IngestSettings.class).rebuild());
            out.println(published.summary());
            return ExitCode.COMPLETED;
        }
    }
}
