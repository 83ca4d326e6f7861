package org.disclosure.etl.document.formats;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosure.etl.document.Block;
import org.disclosure.etl.document.CellText;
import org.disclosure.etl.document.Document;
import org.disclosure.etl.document.DocumentReader;
import org.disclosure.etl.document.Paragraph;
import org.disclosure.etl.document.ReadDeadline;
import org.disclosure.etl.document.Table;
import org.disclosure.etl.document.TableGrid;
import org.disclosure.etl.document.UnreadableDocumentException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Harvested web pages. The report is taken out of the site around it (menus, breadcrumbs, share
 * buttons, footers are dropped by tag and by their usual class names); block elements and
 * {@code <br>} make paragraphs; tables are laid out with their colspan and rowspan. The charset is
 * the one the page declares, else detected (UTF-8, else GB18030, which covers GBK and GB2312).
 */
public final class HtmlReader implements DocumentReader {

    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w-]+)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "nav", "header", "footer",
            "aside", "form", "button", "iframe", "select", "input", "head", "template", "svg");
    private static final Pattern CHROME = Pattern.compile(
            "(?:^|[-_\\s])(?:nav|navbar|menu|breadcrumbs?|crumbs?|position|location|footer|foot|header|head|top|share|sidebar|side|toolbar|copyright|banner|search|login|links?|related|pager)(?:$|[-_\\s\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "section", "article", "blockquote", "pre", "dd", "dt", "dl", "center", "main", "tr", "body", "hr");

    private static final Set<String> LINE_TAGS = Set.of("p", "div", "li", "tr");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    @Override
    public Set<String> extensions() {
        return Set.of("html", "htm", "shtml");
    }

    @Override
    public Document read(byte[] content) throws UnreadableDocumentException {
        org.jsoup.nodes.Document page = Jsoup.parse(decode(content));
        Element body = page.body();
        body.select(String.join(",", DROPPED_TAGS)).remove();
        for (Element e : body.select("[class],[id]")) {
            if (e.parent() != null && isChrome(e)) {
                e.remove();
            }
        }
        Walker walker = new Walker();
        walker.walk(body);
        walker.endParagraph();
        if (walker.blocks.isEmpty()) {
            throw new UnreadableDocumentException("HTML page holds no text");
        }
        String title = pageTitle(page);
        String compactTitle = title.replaceAll("\\s+", "");
        boolean printed = walker.blocks.stream().limit(10)
                .anyMatch(b -> b instanceof Paragraph p && p.text().replaceAll("\\s+", "").contains(compactTitle));
        if (!title.isEmpty() && !printed) {
            // a report whose title the page prints only in its head: the title comes first, as on paper
            walker.blocks.add(0, new Paragraph(title));
        }
        return new Document(walker.blocks);
    }

    /**
     * The title a page gives in its head: the CMS's {@code <meta name="ArticleTitle">}, else
     * {@code <title>} without the site name after it (…年度报告_沂源县人民政府).
     */
    static String pageTitle(org.jsoup.nodes.Document page) {
        for (Element meta : page.select("meta[name]")) {
            if (meta.attr("name").equalsIgnoreCase("ArticleTitle") && !meta.attr("content").isBlank()) {
                return clean(meta.attr("content"));
            }
        }
        String title = clean(page.title());
        for (String part : title.split("\\s*(?:_|\\||｜| - |－|——)\\s*")) {
            if (part.contains("报告")) {
                return part;
            }
        }
        return "";
    }

    /** Site chrome by its class or id, unless it holds the report's tables (some sites name everything "main-top"). */
    private static boolean isChrome(Element e) {
        String names = e.className() + " " + e.id();
        return CHROME.matcher(names).find() && e.select("table").isEmpty();
    }

    static String decode(byte[] content) throws UnreadableDocumentException {
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) {
            try {
                Charset declared = Charset.forName(meta.group(1).toLowerCase(Locale.ROOT).startsWith("gb")
                        ? "GB18030" : meta.group(1));
                return new String(content, declared);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // an unknown declaration: detect instead
            }
        }
        return TextDecoding.decode(content);
    }

    /**
     * Walks the body in document order, cutting paragraphs at block boundaries and {@code <br>}.
     * Iterative (jsoup's traversor), so that a page nested 100,000 elements deep cannot overflow the stack.
     */
    private static final class Walker implements NodeFilter {
        private final List<Block> blocks = new ArrayList<>();
        private final StringBuilder paragraph = new StringBuilder();
        private int nodes;

        void walk(Element root) {
            NodeTraversor.filter(this, root);
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if ((++nodes & 1023) == 0) {
                ReadDeadline.check();
            }
            if (node instanceof TextNode text) {
                paragraph.append(text.getWholeText());
            } else if (depth > 0 && node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("table")) {
                    endParagraph();
                    Table table = table(e);
                    if (!table.rows().isEmpty()) {
                        blocks.add(table);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br") || BLOCK_TAGS.contains(tag)) {
                    endParagraph();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (depth > 0 && node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                endParagraph();
            }
            return FilterResult.CONTINUE;
        }

        void endParagraph() {
            String text = clean(paragraph.toString());
            if (!text.isEmpty()) {
                blocks.add(new Paragraph(text));
            }
            paragraph.setLength(0);
        }
    }

    private static Table table(Element table) {
        TableGrid grid = new TableGrid();
        int r = 0;
        for (Element row : table.select("tr")) {
            if (row.closest("table") != table) {
                continue; // a nested table's rows belong to its cell
            }
            int column = 0;
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    column = grid.place(r, column, span(cell, "rowspan"), span(cell, "colspan"), cellText(cell));
                }
            }
            r++;
        }
        return grid.toTable();
    }

    /** A cell's text: lines broken by {@code <br>} or paragraphs joined as one label. */
    private static String cellText(Element cell) {
        StringBuilder text = new StringBuilder();
        appendLines(cell, text);
        List<String> lines = new ArrayList<>();
        for (String line : text.toString().split("\n")) {
            lines.add(clean(line));
        }
        return CellText.join(lines);
    }

    /** The text under a node, with a line break at each {@code <br>} and after each paragraph-like element. */
    private static void appendLines(Node node, StringBuilder text) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node child, int depth) {
                if (child instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (depth > 0 && child instanceof Element e && e.normalName().equals("br")) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node child, int depth) {
                if (depth > 0 && child instanceof Element e && LINE_TAGS.contains(e.normalName())) {
                    text.append('\n');
                }
            }
        }, node);
    }

    private static int span(Element cell, String attribute) {
        String value = cell.attr(attribute).strip();
        if (value.isEmpty()) {
            return 1; // most cells: no exception thrown and caught per cell
        }
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** No-break and ideographic spaces are blanks; runs of white space are one. */
    private static String clean(String text) {
        return WHITE_SPACE.matcher(text.replace('\u00A0', ' ').replace('\u3000', ' ')).replaceAll(" ").strip();
    }
}
