package org.disclosure.etl.check;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.RowDefinition;

/** S3_ROW_TOTAL, per printed row: total = the sum of the six applicant columns. */
public final class ApplicationsRowTotal implements ConsistencyRule {

    @Override
    public int section() {
        return 3;
    }

    @Override
    public String code() {
        return "S3_ROW_TOTAL";
    }

    @Override
    public List<CheckFailure> check(ReportFacts facts) {
        List<CheckFailure> failures = new ArrayList<>();
        for (RowDefinition row : Codebook.standard().rows(facts.template(), 3)) {
            String code = row.rowCode();
            compare(code, "total", facts.rowSum(APPLICATIONS, code, APPLICANT_COLUMNS),
                    facts.value(APPLICATIONS, code, "total"), code + ": total vs sum of applicant columns")
                    .ifPresent(failures::add);
        }
        return failures;
    }
}
