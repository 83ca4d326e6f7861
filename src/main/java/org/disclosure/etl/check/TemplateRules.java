package org.disclosure.etl.check;

import java.util.List;
import java.util.Set;
import org.disclosure.etl.report.Section;

/**
 * The equations the templates' own tables must satisfy, as data: each a sum of codebook rows or
 * columns. Their codes are those of checks.csv ({@code docs/extracts.md}).
 */
public final class TemplateRules {

    private static final String APPLICATIONS = "s3_applications";
    private static final String REVIEW_LITIGATION = "s4_review_litigation";

    /** In the order checks are reported. */
    public static final List<ConsistencyRule> ALL = List.of(
            // per column: 一、新收 + 二、上年结转 = （七）总计 + 四、结转下年度
            new ColumnSumRule("S3_BALANCE", Section.APPLICATIONS, APPLICATIONS,
                    new ColumnSumRule.Listed(List.of("new_received", "carried_over")), List.of("total_processed", "carried_forward"),
                    "", "new + carried over vs processed + carried forward"),
            // per row: 总计 = the six applicant columns
            new RowSumRule("S3_ROW_TOTAL", Section.APPLICATIONS, APPLICATIONS, "total", "applicant columns"),
            // per column: （七）总计 = the results （一） to （六）
            new ColumnSumRule("S3_RESULT_TOTAL", Section.APPLICATIONS, APPLICATIONS,
                    new ColumnSumRule.AllRowsExcept(Set.of("new_received", "carried_over", "total_processed", "carried_forward"),
                            "other", List.of("other_no_correction", "other_fee_unpaid", "other_misc")),
                    List.of("total_processed"), "total_processed", "（七）总计 vs sum of results"),
            // per row: 总计 = 维持 + 纠正 + 其他 + 尚未审结
            new RowSumRule("S4_ROW_TOTAL", Section.REVIEW_LITIGATION, REVIEW_LITIGATION, "total", "results"));

    private TemplateRules() {
    }

    /** The failures of one section's table: the rules about it, over its facts. */
    public static List<CheckFailure> checkSection(Section section, ReportFacts facts) {
        return ALL.stream().filter(rule -> rule.section() == section).flatMap(rule -> rule.check(facts).stream()).toList();
    }
}
