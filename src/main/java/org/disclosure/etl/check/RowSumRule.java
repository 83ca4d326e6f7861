package org.disclosure.etl.check;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.ColumnDefinition;
import org.disclosure.etl.report.RowDefinition;
import org.disclosure.etl.report.Section;

/**
 * Per row the codebook lists for a table: its total column = the sum of its other columns. A
 * failure names the row and the total column.
 *
 * @param parts what the other columns are, for the message ({@code applicant columns})
 */
public record RowSumRule(String code, Section section, String tableCode, String totalColumn, String parts)
        implements ConsistencyRule {

    @Override
    public List<CheckFailure> check(ReportFacts facts) {
        List<CheckFailure> failures = new ArrayList<>();
        for (RowDefinition row : Codebook.standard().rows(facts.template(), section.number())) {
            if (!row.tableCode().equals(tableCode)) {
                continue;
            }
            List<String> addends = row.columns().stream().map(ColumnDefinition::code).filter(c -> !c.equals(totalColumn)).toList();
            compare(row.rowCode(), totalColumn, facts.rowSum(tableCode, row.rowCode(), addends),
                    facts.value(tableCode, row.rowCode(), totalColumn), row.rowCode() + ": total vs sum of " + parts)
                    .ifPresent(failures::add);
        }
        return failures;
    }
}
