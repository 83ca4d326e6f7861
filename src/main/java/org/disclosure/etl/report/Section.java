package org.disclosure.etl.report;

import java.util.Arrays;
import java.util.List;

/**
 * The six sections every report prints, in their order: their number, their title as the template
 * prints it, whether they are a statistical table or running text, and for a table the code a row
 * no codebook row matches is logged under (section 2 prints five tables, so none). The locator, the
 * staging, the job's steps, the rules and the benchmark all take sections from here.
 */
public enum Section {
    GENERAL(1, "总体情况", null),
    PROACTIVE(2, "主动公开政府信息情况", ""),
    APPLICATIONS(3, "收到和处理政府信息公开申请情况", "s3_applications"),
    REVIEW_LITIGATION(4, "政府信息公开行政复议、行政诉讼情况", "s4_review_litigation"),
    PROBLEMS(5, "存在的主要问题及改进情况", null),
    OTHER_MATTERS(6, "其他需要报告的事项", null);

    /** Sections 2, 3 and 4, in order: one job step each. */
    public static final List<Section> TABLES = Arrays.stream(values()).filter(Section::isTable).toList();
    /** Sections 1, 5 and 6, kept as text. */
    public static final List<Section> NARRATIVE = Arrays.stream(values()).filter(s -> !s.isTable()).toList();

    private static final String NUMERALS = "一二三四五六";

    private final int number;
    private final String title;
    private final String unrecognizedRowTable;

    Section(int number, String title, String unrecognizedRowTable) {
        this.number = number;
        this.title = title;
        this.unrecognizedRowTable = unrecognizedRowTable;
    }

    public static Section of(int number) {
        if (number < 1 || number > 6) {
            throw new IllegalArgumentException("a report has sections 1 to 6, not " + number);
        }
        return values()[number - 1];
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** The heading as the template prints it: {@code 三、收到和处理政府信息公开申请情况}. */
    public String heading() {
        return NUMERALS.charAt(number - 1) + "、" + title;
    }

    public boolean isTable() {
        return unrecognizedRowTable != null;
    }

    /** The table code a row of this table that matches no codebook row is logged under. */
    public String unrecognizedRowTable() {
        requireTable();
        return unrecognizedRowTable;
    }

    /** The mapping of this section's table; built once (its label matchers index the codebook), shared, stateless. */
    public SectionTable table() {
        requireTable();
        return Tables.ALL.get(number - 2);
    }

    private void requireTable() {
        if (!isTable()) {
            throw new IllegalStateException("section " + number + " has no table");
        }
    }

    /** Holder: the tables are built on first use. */
    private static final class Tables {
        private static final List<SectionTable> ALL = List.of(LabelledTable.proactive(), LabelledTable.applications(),
                new ReviewLitigationTable());
    }
}
