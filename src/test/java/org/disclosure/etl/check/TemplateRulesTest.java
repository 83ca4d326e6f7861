package org.disclosure.etl.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.report.RowDefinition;
import org.disclosure.etl.report.Section;
import org.disclosure.etl.report.Template;
import org.disclosure.etl.report.Unit;
import org.junit.jupiter.api.Test;

/**
 * The templates' equations over a section-3 matrix and a section-4 table as a county prints them
 * (2021 template): one cell off makes exactly the equations through it fail, with the numbers.
 */
class TemplateRulesTest {

    private static final List<String> COLUMNS = List.of("natural_person", "commercial", "research", "social_welfare",
            "legal_services", "other_org", "total");

    /** A consistent matrix: 14 new and 2 carried over; 11 granted, 2 unable, 1 other (in parts), 2 carried forward. */
    private static List<Fact> applications(boolean otherInParts) {
        List<Fact> facts = new ArrayList<>();
        row(facts, "new_received", 12, 1, 0, 0, 0, 1);
        row(facts, "carried_over", 2, 0, 0, 0, 0, 0);
        row(facts, "granted", 10, 1, 0, 0, 0, 0);
        row(facts, "unable_not_held", 1, 0, 0, 0, 0, 1);
        row(facts, "unable_unclear", 1, 0, 0, 0, 0, 0);
        if (otherInParts) {
            row(facts, "other_no_correction", 0, 0, 0, 0, 0, 0);
            row(facts, "other_fee_unpaid", 0, 0, 0, 0, 0, 0);
            row(facts, "other_misc", 1, 0, 0, 0, 0, 0);
        } else {
            row(facts, "other", 1, 0, 0, 0, 0, 0);
        }
        row(facts, "total_processed", 13, 1, 0, 0, 0, 1);
        row(facts, "carried_forward", 1, 0, 0, 0, 0, 0);
        // every other row the template prints, printed as zeros
        for (RowDefinition r : Codebook.standard().rows(Template.T2021, 3)) {
            boolean printed = facts.stream().anyMatch(f -> f.rowCode().equals(r.rowCode()));
            boolean otherShape = otherInParts ? r.rowCode().equals("other") : r.rowCode().startsWith("other_");
            if (!printed && !otherShape) {
                row(facts, r.rowCode(), 0, 0, 0, 0, 0, 0);
            }
        }
        return facts;
    }

    private static void row(List<Fact> facts, String row, int... applicants) {
        int total = 0;
        for (int i = 0; i < applicants.length; i++) {
            facts.add(fact("s3_applications", row, COLUMNS.get(i), applicants[i]));
            total += applicants[i];
        }
        facts.add(fact("s3_applications", row, "total", total));
    }

    private static Fact fact(String table, String row, String column, int value) {
        return new Fact(table.startsWith("s3") ? 3 : 4, table, row, column, BigDecimal.valueOf(value), Unit.COUNT, String.valueOf(value));
    }

    private static List<Fact> replaced(List<Fact> facts, String row, String column, int value) {
        return facts.stream().map(f -> f.rowCode().equals(row) && f.columnCode().equals(column)
                ? fact(f.tableCode(), row, column, value) : f).toList();
    }

    private static List<String> failures(Section section, List<Fact> facts) {
        return TemplateRules.checkSection(section, new ReportFacts(Template.T2021, facts)).stream()
                .map(f -> f.rule() + " " + f.rowCode() + "/" + f.columnCode() + " " + f.message()).toList();
    }

    @Test
    void aConsistentMatrixPassesWhetherOtherIsPrintedWholeOrInParts() {
        assertThat(failures(Section.APPLICATIONS, applications(false))).isEmpty();
        assertThat(failures(Section.APPLICATIONS, applications(true))).isEmpty();
    }

    @Test
    void aRowTotalOffFailsItsRowItsColumnsResultTotalAndTheBalance() {
        List<Fact> facts = replaced(applications(false), "granted", "total", 12);
        assertThat(failures(Section.APPLICATIONS, facts)).containsExactly(
                "S3_ROW_TOTAL granted/total granted: total vs sum of applicant columns: expected 11, printed 12",
                "S3_RESULT_TOTAL total_processed/total total: （七）总计 vs sum of results: expected 16, printed 15");
    }

    @Test
    void theBalanceComparesNewAndCarriedOverWithProcessedAndCarriedForward() {
        List<Fact> facts = replaced(replaced(applications(false), "carried_forward", "natural_person", 3), "carried_forward", "total", 3);
        assertThat(failures(Section.APPLICATIONS, facts)).containsExactly(
                "S3_BALANCE /natural_person natural_person: new + carried over vs processed + carried forward: expected 14, printed 16",
                "S3_BALANCE /total total: new + carried over vs processed + carried forward: expected 16, printed 18");
    }

    @Test
    void subRowsOfOtherCountInsteadOfTheRow() {
        // （六）其他处理 printed in parts, and also whole with a different number: the parts count
        List<Fact> facts = new ArrayList<>(applications(true));
        row(facts, "other", 5, 0, 0, 0, 0, 0);
        assertThat(failures(Section.APPLICATIONS, facts)).isEmpty();
    }

    @Test
    void anEquationWithAnInputNotLoadedIsNotEvaluated() {
        List<Fact> facts = applications(false).stream()
                .filter(f -> !(f.rowCode().equals("granted") && f.columnCode().equals("commercial"))).toList();
        List<Fact> wrongTotal = replaced(facts, "total_processed", "commercial", 7);
        assertThat(failures(Section.APPLICATIONS, wrongTotal)).containsExactly(
                "S3_BALANCE /commercial commercial: new + carried over vs processed + carried forward: expected 1, printed 7",
                "S3_ROW_TOTAL total_processed/total total_processed: total vs sum of applicant columns: expected 21, printed 15");
    }

    @Test
    void reviewAndLitigationRowsTotalTheirResults() {
        List<Fact> facts = new ArrayList<>();
        String[] parts = {"upheld", "corrected", "other", "pending", "total"};
        int[][] rows = {{2, 1, 0, 0, 3}, {1, 0, 0, 1, 3}, {0, 0, 0, 0, 0}};
        String[] names = {"review", "litigation_direct", "litigation_after_review"};
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 5; c++) {
                facts.add(fact("s4_review_litigation", names[r], parts[c], rows[r][c]));
            }
        }
        assertThat(failures(Section.REVIEW_LITIGATION, facts)).containsExactly(
                "S4_ROW_TOTAL litigation_direct/total litigation_direct: total vs sum of results: expected 2, printed 3");
        assertThat(failures(Section.APPLICATIONS, facts)).isEmpty();
    }
}
