package org.disclosure.etl.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.disclosure.etl.report.Section;

/**
 * An equation a report's own tables must satisfy. Rules never change data: they report where it
 * does not add up. An equation with an input that was not loaded (a skipped row) is not evaluated.
 * The templates' equations are sums, written as data in {@link TemplateRules}.
 */
public sealed interface ConsistencyRule permits RowSumRule, ColumnSumRule {

    /** The section whose table the equation is about: its step checks it. */
    Section section();

    String code();

    List<CheckFailure> check(ReportFacts facts);

    /** A failure when both sides were evaluated and differ. */
    default Optional<CheckFailure> compare(String row, String column, Optional<BigDecimal> expected,
                                           Optional<BigDecimal> actual, String what) {
        if (expected.isEmpty() || actual.isEmpty() || expected.get().compareTo(actual.get()) == 0) {
            return Optional.empty();
        }
        return Optional.of(new CheckFailure(code(), row, column, expected.get(), actual.get(),
                what + ": expected " + expected.get().toPlainString() + ", printed " + actual.get().toPlainString()));
    }
}
