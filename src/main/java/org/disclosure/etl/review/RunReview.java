package org.disclosure.etl.review;

import java.util.List;
import java.util.Map;
import org.disclosure.etl.document.PrintedPlace;

/**
 * What one run did, as the review page shows it.
 *
 * @param byProvince outcome counts per province (empty name: not placed), each a status → count map
 * @param byFormat   outcome counts per file format
 */
public record RunReview(long runId, String inbox, String started, double seconds, Map<String, Integer> statuses,
                        int alreadyLoaded, Map<String, Map<String, Integer>> byProvince,
                        Map<String, Map<String, Integer>> byFormat, Listed<FailedFile> failedFiles,
                        Listed<SkippedRow> skippedRows, Listed<FailedCheck> failedChecks, List<SlowFile> slowestFiles,
                        Listed<Correction> corrections, List<RefusedFile> refusedCorrectionFiles) {

    /** The first rows of a list the page shows, and how many the list has in all. */
    public record Listed<T>(List<T> shown, int total) {

        public Listed {
            shown = List.copyOf(shown);
        }

        public static <T> Listed<T> all(List<T> rows) {
            return new Listed<>(rows, rows.size());
        }

        public int more() {
            return total - shown.size();
        }
    }

    /** No file registered or re-read, no correction taken in or applied: the run had nothing to do. */
    public boolean tookNothingIn() {
        return statuses.values().stream().mapToInt(Integer::intValue).sum() == 0 && corrections.total() == 0
                && refusedCorrectionFiles.isEmpty();
    }

    public record FailedFile(String sourceFile, String format, String reason) {
    }

    /**
     * @param place      where it was printed (paged formats), or null
     * @param neighbours the rows printed before and after it, a line each, or empty
     */
    public record SkippedRow(String sourceFile, String sha256, int section, String label, String raw, String reason, String message,
                             String rowCode, PrintedPlace place, String neighbours) {
    }

    /** @param place where the failing table was printed (paged formats), or null */
    public record FailedCheck(String sourceFile, String sha256, String rule, String rowCode, String columnCode, String expected,
                              String actual, PrintedPlace place) {
    }

    /** A correction whose state this run settled: applied, confirmed, in conflict, pending, stale or rejected. */
    public record Correction(String file, String owner, int line, String sourceFile, String cell, String value, String state,
                             String reason) {
    }

    /** A file of the corrections folder that is no correction file. */
    public record RefusedFile(String file, String owner, String reason) {
    }

    public record SlowFile(String sourceFile, String format, long millis, String status) {
    }
}
