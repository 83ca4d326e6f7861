package org.disclosure.etl.report;

import java.util.List;
import java.util.Optional;
import org.disclosure.etl.document.Table;

/**
 * Tells which statistical section a table holds from its own words, so that a table is parsed as
 * what it is even where its section heading was lost or misplaced.
 */
public final class TableClassifier {

    private static final List<List<String>> MARKERS = List.of(
            List.of("第二十条", "信息内容", "规章", "规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购"),
            List.of("本年新收", "上年结转", "予以公开", "不予公开", "无法提供", "不予处理", "结转下年度", "申请人情况", "自然人"),
            List.of("行政复议", "行政诉讼", "结果维持", "结果纠正", "尚未审结", "直接起诉", "复议后起诉"));

    private TableClassifier() {
    }

    /** Section 2, 3 or 4, or empty where the table's words do not say. */
    public static Optional<Integer> sectionOf(Table table) {
        String text = LabelText.normalize(String.join("", table.rows().stream().flatMap(List::stream).toList()));
        int best = 0;
        int bestSection = 0;
        boolean tie = false;
        for (int i = 0; i < MARKERS.size(); i++) {
            int hits = (int) MARKERS.get(i).stream().filter(text::contains).count();
            if (hits > best) {
                best = hits;
                bestSection = i + 2;
                tie = false;
            } else if (hits == best && hits > 0) {
                tie = true;
            }
        }
        return best >= 2 && !tie ? Optional.of(bestSection) : Optional.empty();
    }
}
