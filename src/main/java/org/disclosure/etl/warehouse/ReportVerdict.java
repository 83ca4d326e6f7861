package org.disclosure.etl.warehouse;

import java.util.ArrayList;
import java.util.List;

/**
 * A loaded report's final status: {@code loaded} when every section was found and no row skipped,
 * {@code partial} when something is missing, {@code failed} when not one number could be read.
 * Failed checks flag a report; they do not change its status.
 */
public record ReportVerdict(ReportStatus status, String error) {

    public static ReportVerdict of(int facts, int skippedRows, List<Integer> missingSections) {
        List<String> problems = new ArrayList<>();
        if (!missingSections.isEmpty()) {
            problems.add("section" + (missingSections.size() > 1 ? "s " : " ")
                    + String.join(", ", missingSections.stream().map(String::valueOf).toList()) + " not found");
        }
        if (skippedRows > 0) {
            problems.add(skippedRows + " table row" + (skippedRows > 1 ? "s" : "") + " skipped (see skips.csv)");
        }
        if (facts == 0) {
            problems.add(0, "no table row could be read");
            return new ReportVerdict(ReportStatus.FAILED, String.join("; ", problems));
        }
        return problems.isEmpty()
                ? new ReportVerdict(ReportStatus.LOADED, null)
                : new ReportVerdict(ReportStatus.PARTIAL, String.join("; ", problems));
    }
}
