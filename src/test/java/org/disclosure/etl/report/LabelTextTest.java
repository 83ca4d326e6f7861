package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The character scans of {@link LabelText} and {@link TableRows#isText} against the patterns that define them. */
class LabelTextTest {

    private static final List<String> LABELS = List.of("", "（一）予以公开", "三、 收到和处理政府信息公开申请情况",
            "（区分处理的，只计这一情形，不计其他情形）", "1.“本机关不掌握”相关政府信息", "其他（ 说明 ）", "(a)(bcde)(fghi",
            "(((abcd)))", "(abc)", "((abcd)", "a\u3000b\u00A0c\td\ne", "「规章」『文件』'x'\"y\"", "本年收费金额（单位：万元）",
            "(𠀀𠀁𠀂𠀃)", "(𠀀𠀁𠀂)", "六、其他 需要报告的事项）", "万元", "元", "万万元", "82", "无", "合计", "本年新收政府信息公开申请数量");

    /** What normalize meant when it was three regular expressions. */
    private static String normalizeByPatterns(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC);
        s = Pattern.compile("[\\s\\u3000\\u00A0]+").matcher(s).replaceAll("");
        s = Pattern.compile("[\"'“”‘’「」『』]").matcher(s).replaceAll("");
        return Pattern.compile("\\([^()]{4,}\\)").matcher(s).replaceAll("");
    }

    @Test
    void normalizeDropsWhatThePatternsDropped() {
        for (String label : LABELS) {
            assertThat(LabelText.normalize(label)).as(label).isEqualTo(normalizeByPatterns(label));
        }
        assertThat(LabelText.normalize("（一）予以公开（区分处理的，只计这一情形）")).isEqualTo("(一)予以公开");
        assertThat(LabelText.normalize("(a)(bcde)(fghi")).isEqualTo("(a)(fghi");
    }

    @Test
    void aLabelCellHoldsTwoHanCharactersBesidesMoneyUnits() {
        Pattern han = Pattern.compile("\\p{IsHan}");
        Pattern money = Pattern.compile("万元|元");
        for (String label : LABELS) {
            boolean byPatterns = han.matcher(money.matcher(label).replaceAll("")).results().count() >= 2;
            assertThat(TableRows.isText(label)).as(label).isEqualTo(byPatterns);
        }
        assertThat(TableRows.isText("万万元")).isFalse();
        assertThat(TableRows.isText("合计")).isTrue();
    }
}
