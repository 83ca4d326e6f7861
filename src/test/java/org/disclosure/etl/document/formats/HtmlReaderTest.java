package org.disclosure.etl.document.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.disclosure.etl.document.Document;
import org.disclosure.etl.document.Paragraph;
import org.disclosure.etl.document.Table;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private final HtmlReader reader = new HtmlReader();

    @Test
    void gbkWithoutAMetaTagIsDetected() throws Exception {
        byte[] page = "<html><body><p>一、总体情况</p></body></html>".getBytes(Charset.forName("GBK"));
        assertThat(reader.read(page).blocks()).containsExactly(new Paragraph("一、总体情况"));
    }

    @Test
    void theDeclaredCharsetWins() throws Exception {
        byte[] page = "<html><head><meta charset=\"gb2312\"></head><body>二、主动公开</body></html>".getBytes(Charset.forName("GBK"));
        assertThat(reader.read(page).blocks()).containsExactly(new Paragraph("二、主动公开"));
    }

    @Test
    void siteChromeIsDroppedAndTheReportKept() throws Exception {
        String html = """
                <html><body>
                <div class="top-nav"><a>首页</a><a>政务公开</a></div>
                <div id="breadcrumb">当前位置：首页 &gt; 年度报告</div>
                <div class="main"><h2>XX县2021年政府信息公开工作年度报告</h2>
                <p>一、总体情况<br>正文第一行</p>
                <table><tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>&nbsp;</td></tr>
                <tr><td>2.其他法律<br/>行政法规禁止公开</td><td> 3 </td></tr></table></div>
                <div class="footer">版权所有</div><div class="share">分享到</div>
                </body></html>""";
        Document doc = reader.read(html.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.blocks()).containsExactly(
                new Paragraph("XX县2021年政府信息公开工作年度报告"),
                new Paragraph("一、总体情况"),
                new Paragraph("正文第一行"),
                new Table(List.of(
                        List.of("（三）不予公开", "1.属于国家秘密", ""),
                        List.of("（三）不予公开", "2.其他法律行政法规禁止公开", "3"))));
    }

    @Test
    void cellParagraphsAndSpansAreLaidOut() throws Exception {
        String html = """
                <html><body><table>
                <tr><td rowspan=" 2 ">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>
                <tr><td>2.其他</td><td>3</td></tr>
                <tr><td rowspan="x"><p>本年新收政府</p><p>信息公开申请数量</p></td><td><div>Legal</div><div>persons</div></td><td>1<br>0</td></tr>
                </table></body></html>""";
        Document doc = reader.read(html.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.blocks()).containsExactly(new Table(List.of(
                List.of("（三）不予公开", "1.属于国家秘密", "0"),
                List.of("（三）不予公开", "2.其他", "3"),
                List.of("本年新收政府信息公开申请数量", "Legal persons", "10"))));
    }

    @Test
    void aTitleGivenOnlyInThePageHeadComesFirst() throws Exception {
        String body = "<body><div class=\"content\"><p>一、总体情况</p><p>正文</p></div></body></html>";
        String withMeta = "<html><head><meta name=\"ArticleTitle\" content=\"阳朔县兴坪镇2021年政府信息公开工作年度报告\">"
                + "<title>年度报告_阳朔县人民政府门户网站</title></head>" + body;
        assertThat(reader.read(withMeta.getBytes(StandardCharsets.UTF_8)).blocks()).first()
                .isEqualTo(new Paragraph("阳朔县兴坪镇2021年政府信息公开工作年度报告"));
        String withTitle = "<html><head><title>沂源县2021年政府信息公开工作年度报告_沂源县人民政府</title></head>" + body;
        assertThat(reader.read(withTitle.getBytes(StandardCharsets.UTF_8)).blocks()).first()
                .isEqualTo(new Paragraph("沂源县2021年政府信息公开工作年度报告"));
        String printed = "<html><head><title>沂源县2021年政府信息公开工作年度报告 - 沂源县人民政府</title></head>"
                + "<body><h1>沂源县2021年政府信息公开工作年度报告</h1><p>一、总体情况</p></body></html>";
        assertThat(reader.read(printed.getBytes(StandardCharsets.UTF_8)).blocks()).as("printed once, not twice")
                .containsExactly(new Paragraph("沂源县2021年政府信息公开工作年度报告"), new Paragraph("一、总体情况"));
    }
}
