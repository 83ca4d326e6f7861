package org.disclosure.etl.review;

import java.util.List;
import java.util.Map;

/**
 * What one run did, as the review page shows it.
 *
 * @param byProvince outcome counts per province (empty name: not placed), each a status → count map
 * @param byFormat   outcome counts per file format
 */
public record RunReview(long runId, String inbox, String started, double seconds, Map<String, Integer> statuses,
                        int alreadyLoaded, Map<String, Map<String, Integer>> byProvince,
                        Map<String, Map<String, Integer>> byFormat, Listed<FailedFile> failedFiles,
                        Listed<SkippedRow> skippedRows, Listed<FailedCheck> failedChecks, List<SlowFile> slowestFiles) {

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

    /** No file registered or re-read: the run had nothing to do. */
    public boolean tookNothingIn() {
        return statuses.values().stream().mapToInt(Integer::intValue).sum() == 0;
    }

    public record FailedFile(String sourceFile, String format, String reason) {
    }

    public record SkippedRow(String sourceFile, int section, String label, String raw, String reason, String message) {
    }

    public record FailedCheck(String sourceFile, String rule, String rowCode, String columnCode, String expected,
                              String actual) {
    }

    public record SlowFile(String sourceFile, String format, long millis, String status) {
    }
}
