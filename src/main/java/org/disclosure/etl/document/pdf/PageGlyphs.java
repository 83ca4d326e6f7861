package org.disclosure.etl.document.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs of every page, as PDFBox positions them (overprinted duplicates, WPS's fake bold,
 * already dropped by PDFBox). Grouping them into lines and cells is ours: PDFBox's own text output
 * puts spaces between widely set Chinese characters and prints vertical text one character a line.
 */
final class PageGlyphs extends PDFTextStripper {

    private final List<List<Glyph>> pages = new ArrayList<>();
    private int undecodable;
    private int total;

    private PageGlyphs() {
        super();
    }

    static PageGlyphs of(PDDocument document) throws IOException {
        PageGlyphs glyphs = new PageGlyphs();
        glyphs.setSortByPosition(false);
        glyphs.getText(document);
        return glyphs;
    }

    List<Glyph> page(int index) {
        return pages.get(index);
    }

    /** Share of glyphs that carry no usable Unicode (fonts without a ToUnicode map). */
    double undecodableShare() {
        return total == 0 ? 0 : (double) undecodable / total;
    }

    int glyphCount() {
        return total;
    }

    @Override
    protected void writePage() {
        List<Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                String text = t.getUnicode();
                total++;
                if (text == null || text.isEmpty() || text.codePoints().anyMatch(PageGlyphs::undecodable)) {
                    undecodable++;
                    continue;
                }
                // Some producers set CJK glyphs with huge advance widths (vertical text): a glyph
                // is never wider than its font size.
                float size = Math.max(t.getFontSizeInPt(), t.getHeightDir() * 1.5f);
                float width = Math.min(t.getWidthDirAdj(), size);
                glyphs.add(new Glyph(text, t.getXDirAdj(), t.getYDirAdj(), width, t.getHeightDir()));
            }
        }
        pages.add(glyphs);
    }

    private static boolean undecodable(int codePoint) {
        return codePoint == 0xFFFD || Character.getType(codePoint) == Character.PRIVATE_USE
                || Character.isISOControl(codePoint) && !Character.isWhitespace(codePoint);
    }
}
