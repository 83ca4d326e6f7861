package org.disclosure.etl.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.disclosure.etl.batch.IngestJobConfig;
import org.disclosure.etl.warehouse.CorrectionRepository;
import org.disclosure.etl.warehouse.ReportRepository;
import org.disclosure.etl.warehouse.RunRepository;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ApplicationContext;

/** The lines an operator reads at the end of a run. */
record RunSummary(long runId, String status, int seen, int loaded, int partial, int failed, int duplicate,
                  int alreadyLoaded, int facts, int skippedRows, int sectionsNotFound, int failedChecks, double seconds,
                  Path extracts, String extractsWritten, Map<String, Integer> corrections) {

    static RunSummary of(ApplicationContext context, JobExecution execution, long nanos, Path extracts) {
        long runId = execution.getJobInstance().getInstanceId();
        Map<String, Integer> statuses = context.getBean(ReportRepository.class).statusCounts(runId);
        int[] totals = context.getBean(ReportRepository.class).totals(runId);
        int[] seen = context.getBean(RunRepository.class).seenAndAlreadyLoaded(runId);
        return new RunSummary(runId, execution.getStatus().name(), seen[0], statuses.getOrDefault("loaded", 0),
                statuses.getOrDefault("partial", 0), statuses.getOrDefault("failed", 0) + statuses.getOrDefault("set_aside", 0),
                statuses.getOrDefault("duplicate", 0), seen[1], totals[0], totals[1], totals[2], totals[3], nanos / 1e9,
                extracts.toAbsolutePath().normalize(), execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("export"))
                        .map(s -> s.getExecutionContext().getString(IngestJobConfig.EXTRACTS_WRITTEN, "")).filter(w -> !w.isEmpty())
                        .map(w -> " (" + w + ")").findFirst().orElse(""),
                context.getBean(CorrectionRepository.class).outcomesOfRun(runId));
    }

    String render() {
        return String.format(Locale.ROOT, """
                ingest run %d %s in %.1f s
                  files seen %d: loaded %d, partial %d, failed %d, duplicate %d, already loaded %d
                  facts %d, skipped rows %d, sections not found %d, failed checks %d
                  extracts in %s%s""",
                runId, status.toLowerCase(Locale.ROOT), seconds, seen, loaded, partial, failed, duplicate,
                alreadyLoaded, facts, skippedRows, sectionsNotFound, failedChecks, extracts, extractsWritten)
                + (corrections.isEmpty() ? "" : "\n  corrections: " + String.join(", ", corrections.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).toList()) + " (see review.html)");
    }
}
