package org.disclosure.etl.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.RowDefinition;
import org.disclosure.etl.report.Section;

/**
 * Per column the codebook lists for a table: the sum of some rows (the expected side) = the sum of
 * others (the printed side). A failure names {@code failureRow} and the column.
 *
 * @param what the equation in words, for the message
 */
public record ColumnSumRule(String code, Section section, String tableCode, Rows expected, List<String> printed,
                            String failureRow, String what) implements ConsistencyRule {

    /** Which rows a side adds up, for the report at hand. */
    public sealed interface Rows {
        List<String> of(ReportFacts facts, String tableCode, Section section);
    }

    /** The rows named. */
    public record Listed(List<String> rows) implements Rows {
        @Override
        public List<String> of(ReportFacts facts, String tableCode, Section section) {
            return rows;
        }
    }

    /**
     * Every row of the template's table but those excepted; where a report prints any of a row's
     * sub-rows, they count instead of the row (（六）其他处理 and its three parts in the 2021 template).
     */
    public record AllRowsExcept(Set<String> except, String parent, List<String> subRows) implements Rows {
        @Override
        public List<String> of(ReportFacts facts, String tableCode, Section section) {
            boolean inParts = subRows.stream().anyMatch(r -> facts.hasRow(tableCode, r));
            return Codebook.standard().rows(facts.template(), section.number()).stream()
                    .filter(r -> r.tableCode().equals(tableCode))
                    .map(RowDefinition::rowCode)
                    .filter(r -> !except.contains(r))
                    .filter(r -> inParts ? !r.equals(parent) : !subRows.contains(r))
                    .toList();
        }
    }

    @Override
    public List<CheckFailure> check(ReportFacts facts) {
        List<String> addends = expected.of(facts, tableCode, section);
        List<CheckFailure> failures = new ArrayList<>();
        for (String column : Codebook.standard().columnCodes(section.number())) {
            compare(failureRow, column, facts.sum(tableCode, addends, column), facts.sum(tableCode, printed, column),
                    column + ": " + what)
                    .ifPresent(failures::add);
        }
        return failures;
    }
}
