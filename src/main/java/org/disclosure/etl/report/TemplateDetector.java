package org.disclosure.etl.report;

import java.util.List;

/** Which template a report's tables follow, from the column headers and rows only the one format prints. */
public final class TemplateDetector {

    private static final List<String> MARKERS_2021 = List.of(
            "本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额", "逾期不补正", "逾期未按收费通知");
    private static final List<String> MARKERS_2019 = List.of(
            "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "上年项目数量", "采购项目数量", "采购总金额");

    private TemplateDetector() {
    }

    /** The template the text names, or null when its tables do not tell. */
    public static Template fromTables(String tableText) {
        String text = LabelText.normalize(tableText);
        long hits2021 = MARKERS_2021.stream().filter(text::contains).count();
        long hits2019 = MARKERS_2019.stream().filter(text::contains).count();
        if (hits2021 == hits2019) {
            return null;
        }
        return hits2021 > hits2019 ? Template.T2021 : Template.T2019;
    }
}
