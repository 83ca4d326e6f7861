package org.disclosure.etl.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLineTest {

    /** Glyphs of one text, each {@code pitch} apart, starting at x. */
    private static List<Glyph> set(String text, float x, float y, float pitch, float width) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new Glyph(text.substring(i, i + 1), x + i * pitch, y, width, 9));
        }
        return glyphs;
    }

    @Test
    void widelySetChineseJoinsNumbersInColumnsStayApart() {
        List<Glyph> glyphs = new ArrayList<>(set("号，邮编：", 74, 333, 19.4f, 16));
        glyphs.addAll(set("223100", 171, 333.1f, 5.3f, 5.3f));
        glyphs.addAll(set("21", 320, 334, 5.3f, 5.3f));
        glyphs.addAll(set("0", 352, 334, 5.3f, 5.3f));
        List<TextLine> lines = TextLine.of(glyphs);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).text()).isEqualTo("号，邮编：223100 21 0");
    }

    @Test
    void verticalTextIsOneLinePerCharacter() {
        List<Glyph> glyphs = new ArrayList<>();
        String text = "三、本年度";
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new Glyph(text.substring(i, i + 1), 85.6f, 615 + i * 10, 9, 5));
        }
        assertThat(TextLine.of(glyphs)).extracting(TextLine::text).containsExactly("三", "、", "本", "年", "度");
    }
}
