package org.disclosure.etl.document.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.disclosure.etl.document.Document;
import org.disclosure.etl.document.Paragraph;
import org.disclosure.etl.document.ReadMethod;
import org.disclosure.etl.document.Table;
import org.disclosure.etl.document.UnreadableDocumentException;
import org.junit.jupiter.api.Test;

class TextReaderTest {

    private final TextReader reader = new TextReader();

    @Test
    void gbkTextIsDetectedAndDecoded() throws Exception {
        String text = "沁县2020年政府信息公开年度报告\n一、总体情况\n规章\t0\t0\t0\n";
        Document doc = reader.read(text.getBytes(Charset.forName("GBK")));
        assertThat(doc.blocks()).startsWith(new Paragraph("沁县2020年政府信息公开年度报告"), new Paragraph("一、总体情况"));
        assertThat(doc.blocks().get(2)).isEqualTo(converted(List.of(List.of("规章", "0", "0", "0"))));
    }

    @Test
    void utf8WithBomAndMarkdownPipeTables() throws Exception {
        String text = "\uFEFF# 某县2021年政府信息公开工作年度报告\n\n| 信息内容 | 本年处理决定数量 |\n|---|---|\n| 行政许可 | 5 |\n";
        Document doc = reader.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.blocks()).containsExactly(new Paragraph("某县2021年政府信息公开工作年度报告"),
                converted(List.of(List.of(" 信息内容 ", " 本年处理决定数量 "), List.of(" 行政许可 ", " 5 "))));
    }

    @Test
    void oneCellPerLineWithWrappedLabelsAndEmptyCells() throws Exception {
        String text = "二、主动公开政府信息情况\n\t信息内容\n\t本年新\n制作数量\n\n\t规章\n\t\n\t0\n\n1\n\n三、收到\n";
        Document doc = reader.read(text.getBytes(StandardCharsets.UTF_8));
        // the lone 1 between rows is a page number; a line after a number cell is not part of it
        assertThat(doc.blocks()).containsExactly(new Paragraph("二、主动公开政府信息情况"),
                converted(List.of(List.of("信息内容", "本年新制作数量"), List.of("规章", "", "0"))),
                new Paragraph("三、收到"));
    }

    @Test
    void noiseIsDropped() throws Exception {
        Document doc = reader.read("[bookmark: _GoBack]1.主动公开。\n- 3 -\n第 2 页\n".getBytes(StandardCharsets.UTF_8));
        assertThat(doc.blocks()).containsExactly(new Paragraph("1.主动公开。"));
    }

    @Test
    void binaryOrEmptyFilesAreUnreadable() {
        assertThatThrownBy(() -> reader.read(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0x00, (byte) 0x81, (byte) 0x30}))
                .isInstanceOf(UnreadableDocumentException.class);
        assertThatThrownBy(() -> reader.read("  \n ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("file holds no text");
    }

    /** A table of a text file: its structure rebuilt from text. */
    private static Table converted(List<List<String>> rows) {
        return new Table(rows, ReadMethod.TEXT, List.of());
    }
}
