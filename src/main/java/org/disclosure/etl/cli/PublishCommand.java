package org.disclosure.etl.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.disclosure.etl.publish.SitePublisher;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code publish}: the static data set site from the warehouse, as the ingest's last step writes it where the job file names a site. */
final class PublishCommand {

    static final String DEFAULT_SITE = "data/site";

    private final PrintStream out;

    PublishCommand(PrintStream out) {
        this.out = out;
    }

    int run(ConfigurableApplicationContext context, Path site) throws Exception {
        SitePublisher.Published published = context.getBean(SitePublisher.class).publish(site);
        out.println(published.summary());
        return ExitCode.COMPLETED;
    }
}
