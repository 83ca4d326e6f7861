package org.disclosure.etl.check;

import java.util.ArrayList;
import java.util.List;

/** S3_BALANCE, per column: new_received + carried_over = total_processed + carried_forward. */
public final class ApplicationsBalance implements ConsistencyRule {

    @Override
    public int section() {
        return 3;
    }

    @Override
    public String code() {
        return "S3_BALANCE";
    }

    @Override
    public List<CheckFailure> check(ReportFacts facts) {
        List<CheckFailure> failures = new ArrayList<>();
        for (String column : APPLICATION_COLUMNS) {
            compare("", column,
                    facts.sum(APPLICATIONS, List.of("new_received", "carried_over"), column),
                    facts.sum(APPLICATIONS, List.of("total_processed", "carried_forward"), column),
                    column + ": new + carried over vs processed + carried forward")
                    .ifPresent(failures::add);
        }
        return failures;
    }
}
