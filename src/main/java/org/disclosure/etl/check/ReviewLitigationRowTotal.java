package org.disclosure.etl.check;

import java.util.ArrayList;
import java.util.List;

/** S4_ROW_TOTAL, per row: total = upheld + corrected + other + pending. */
public final class ReviewLitigationRowTotal implements ConsistencyRule {

    private static final String TABLE = "s4_review_litigation";
    private static final List<String> PARTS = List.of("upheld", "corrected", "other", "pending");

    @Override
    public int section() {
        return 4;
    }

    @Override
    public String code() {
        return "S4_ROW_TOTAL";
    }

    @Override
    public List<CheckFailure> check(ReportFacts facts) {
        List<CheckFailure> failures = new ArrayList<>();
        for (String row : List.of("review", "litigation_direct", "litigation_after_review")) {
            compare(row, "total", facts.rowSum(TABLE, row, PARTS), facts.value(TABLE, row, "total"),
                    row + ": total vs sum of results")
                    .ifPresent(failures::add);
        }
        return failures;
    }
}
