package org.disclosure.etl.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An equation a report's own tables must satisfy. Rules never change data: they report where it
 * does not add up. An equation with an input that was not loaded (a skipped row) is not evaluated.
 */
public sealed interface ConsistencyRule
        permits ApplicationsBalance, ApplicationsRowTotal, ApplicationsResultTotal, ReviewLitigationRowTotal {

    String APPLICATIONS = "s3_applications";
    List<String> APPLICANT_COLUMNS = List.of(
            "natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org");
    List<String> APPLICATION_COLUMNS = List.of(
            "natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org", "total");

    /** The section whose table the equation is about: its step checks it. */
    int section();

    String code();

    List<CheckFailure> check(ReportFacts facts);

    static List<ConsistencyRule> all() {
        return List.of(new ApplicationsBalance(), new ApplicationsRowTotal(), new ApplicationsResultTotal(),
                new ReviewLitigationRowTotal());
    }

    /** The failures of one section's table: the rules about it, over its facts. */
    static List<CheckFailure> checkSection(int section, ReportFacts facts) {
        return all().stream().filter(rule -> rule.section() == section).flatMap(rule -> rule.check(facts).stream()).toList();
    }

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
