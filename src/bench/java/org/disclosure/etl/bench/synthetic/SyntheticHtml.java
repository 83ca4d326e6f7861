package org.disclosure.etl.bench.synthetic;

import java.nio.charset.Charset;
import java.util.List;
import org.disclosure.etl.report.Section;

/**
 * Writes a known report as a harvested web page: the report inside site chrome (menu, breadcrumbs,
 * share buttons, footer), sections as paragraphs, tables with colspan and rowspan, zeros as the
 * report's style prints them and blank cells as {@code &nbsp;}, header words broken by {@code <br>}.
 */
public final class SyntheticHtml {

    private SyntheticHtml() {
    }

    public static byte[] write(KnownReport report, Charset charset) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
                .append(charset.name().equalsIgnoreCase("GBK") ? "gb2312" : charset.name().toLowerCase())
                .append("\">\n<title>").append(report.title()).append("_政府信息公开年报_门户网站</title>\n")
                .append("<style>td{border:1px solid #000}</style>\n</head><body>\n")
                .append("<div class=\"header\"><div class=\"logo\">人民政府门户网站</div>\n")
                .append("<ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li>")
                .append("<li><a href=\"/bsfw\">办事服务</a></li><li><a href=\"/hdjl\">互动交流</a></li></ul></div>\n")
                .append("<div class=\"breadcrumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政府信息公开</a> &gt; 政府信息公开年度报告</div>\n")
                .append("<div class=\"article\">\n<h1 class=\"title\">").append(report.title()).append("</h1>\n")
                .append("<div class=\"info\">发布时间：2022-01-20 来源：办公室 浏览次数：328</div>\n<div class=\"content\">\n");
        List<PrintedTable> tables = PrintedTable.all(report);
        for (int s = 1; s <= 6; s++) {
            html.append("<p><strong>").append(Section.of(s).heading()).append("</strong></p>\n");
            if (s >= 2 && s <= 4) {
                table(html, tables.get(s - 2));
            } else {
                html.append("<p>&nbsp;&nbsp;").append(Narrative.forSection(s, report)).append("</p>\n");
            }
        }
        html.append("</div></div>\n<div class=\"share\">分享到：<a>微信</a> <a>微博</a></div>\n")
                .append("<div class=\"footer\"><p>主办单位：人民政府办公室 网站标识码：1409300001</p>")
                .append("<p>晋ICP备05001234号 地址：新建路1号</p></div>\n</body></html>\n");
        return html.toString().getBytes(charset);
    }

    private static void table(StringBuilder html, PrintedTable table) {
        html.append("<table cellspacing=\"0\" border=\"1\"><tbody>\n");
        for (List<PrintedTable.Cell> row : table.rows()) {
            html.append("<tr>");
            for (PrintedTable.Cell cell : row) {
                html.append("<td");
                if (cell.rowSpan() > 1) {
                    html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
                }
                if (cell.colSpan() > 1) {
                    html.append(" colspan=\"").append(cell.colSpan()).append('"');
                }
                html.append("><p>").append(cellHtml(cell.text())).append("</p></td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    /** Blank cells hold a no-break space; long header words are broken by {@code <br>} as editors do. */
    private static String cellHtml(String text) {
        if (text.isEmpty()) {
            return "&nbsp;";
        }
        if (text.length() == 4 && text.chars().allMatch(Character::isIdeographic)) {
            return text.substring(0, 2) + "<br>" + text.substring(2);
        }
        return text;
    }
}
