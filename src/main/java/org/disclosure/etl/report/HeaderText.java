package org.disclosure.etl.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words a statistical table's header prints: its column labels, the parents its rows are merged
 * under, and the fixed captions of the templates. A row labelled by them whose cells hold nothing
 * but blanks and dashes is part of the header (a caption row some converters fill with "-"), not a
 * row of data; any other printed row must load or be skipped with a reason.
 */
final class HeaderText {

    private static final List<String> CAPTIONS = List.of("申请人情况", "信息内容", "本年度办理结果", "勾稽关系", "行政复议",
            "行政诉讼", "未经复议直接起诉", "复议后起诉", "法人或其他组织", "第二十条");
    private static final Set<String> WORDS = words();

    private HeaderText() {
    }

    static boolean isHeader(String label) {
        String text = LabelText.strip(label);
        return !text.isEmpty() && WORDS.stream().anyMatch(text::contains);
    }

    private static Set<String> words() {
        Set<String> words = new HashSet<>();
        CAPTIONS.forEach(c -> words.add(LabelText.strip(c)));
        for (Template template : Template.values()) {
            for (Section section : Section.TABLES) {
                for (RowDefinition row : Codebook.standard().rows(template, section.number())) {
                    row.columns().forEach(c -> words.add(LabelText.strip(c.label())));
                    if (!row.parentLabel().isEmpty()) {
                        words.add(LabelText.strip(row.parentLabel()));
                    }
                }
            }
        }
        words.removeIf(w -> w.codePointCount(0, w.length()) < 2);
        return Set.copyOf(words);
    }
}
