package org.disclosure.etl.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import org.disclosure.etl.batch.IngestSettings;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code schedule}: for hosts without cron, runs ingest whenever the job file's
 * {@code ingest.schedule} cron expression (seconds first, as Spring writes it) comes round. A run
 * that finds another run holding the warehouse waits for the next time.
 */
final class ScheduleCommand {

    private final PrintStream out;
    private final PrintStream err;

    ScheduleCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** @param runs how many runs to make before returning; 0 for no end */
    int run(ConfigurableApplicationContext context, int runs) throws Exception {
        String cron = context.getBean(IngestSettings.class).schedule();
        if (cron == null || cron.isBlank() || !CronExpression.isValidExpression(cron)) {
            err.println("disclosure-etl: schedule needs a valid cron expression in ingest.schedule of the job file, e.g. \"0 30 2 * * *\"");
            return ExitCode.USAGE;
        }
        CronExpression expression = CronExpression.parse(cron);
        int exit = ExitCode.COMPLETED;
        for (int done = 0; runs == 0 || done < runs; done++) {
            LocalDateTime next = expression.next(LocalDateTime.now());
            out.println("next ingest run at " + next + " (" + cron + ")");
            Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(), next).toMillis()));
            exit = new IngestCommand(out, err).run(context, null);
        }
        return exit;
    }
}
