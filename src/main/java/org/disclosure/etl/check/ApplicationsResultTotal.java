package org.disclosure.etl.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.RowDefinition;

/**
 * S3_RESULT_TOTAL, per column: total_processed = the sum of the result rows （一） to （六）. Where
 * （六）其他处理 is printed as its three sub-rows, they count instead of the single row.
 */
public final class ApplicationsResultTotal implements ConsistencyRule {

    private static final Set<String> NOT_RESULTS = Set.of("new_received", "carried_over", "total_processed", "carried_forward");
    private static final List<String> OTHER_PARTS = List.of("other_no_correction", "other_fee_unpaid", "other_misc");

    @Override
    public int section() {
        return 3;
    }

    @Override
    public String code() {
        return "S3_RESULT_TOTAL";
    }

    @Override
    public List<CheckFailure> check(ReportFacts facts) {
        boolean otherInParts = OTHER_PARTS.stream().anyMatch(r -> facts.hasRow(APPLICATIONS, r));
        List<String> results = Codebook.standard().rows(facts.template(), 3).stream()
                .map(RowDefinition::rowCode)
                .filter(r -> !NOT_RESULTS.contains(r))
                .filter(r -> otherInParts ? !r.equals("other") : !OTHER_PARTS.contains(r))
                .toList();
        List<CheckFailure> failures = new ArrayList<>();
        for (String column : APPLICATION_COLUMNS) {
            compare("total_processed", column, facts.sum(APPLICATIONS, results, column),
                    facts.value(APPLICATIONS, "total_processed", column),
                    column + ": （七）总计 vs sum of results")
                    .ifPresent(failures::add);
        }
        return failures;
    }
}
