package org.disclosure.etl.document.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.disclosure.etl.document.ReadDeadline;

/**
 * What each page prints, in one pass over its content: the glyphs as PDFBox positions them
 * (overprinted duplicates, WPS's fake bold, already dropped by PDFBox), the ruling lines, and whether
 * it paints images. Grouping glyphs into lines and cells is ours: PDFBox's own text output puts
 * spaces between widely set Chinese characters and prints vertical text one character a line.
 */
final class PageContent extends PDFTextStripper {

    private final List<List<Glyph>> glyphs = new ArrayList<>();
    private final List<List<Ruling>> rulings = new ArrayList<>();
    private final PathCollector paths = new PathCollector();
    private final List<Boolean> pageImages = new ArrayList<>();
    private boolean imagesOnPage;
    private int undecodable;
    private int total;

    private PageContent() {
        super();
        for (String name : PathOperator.NAMES) {
            addOperator(new PathOperator(this, name, paths));
        }
        addOperator(new ImageNoticingDraw(this));
        addOperator(new OperatorProcessor(this) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                imagesOnPage = true; // an inline image
            }

            @Override
            public String getName() {
                return "BI";
            }
        });
    }

    static PageContent of(PDDocument document) throws IOException {
        PageContent content = new PageContent();
        content.setSortByPosition(false);
        content.getText(document);
        return content;
    }

    List<Glyph> glyphs(int page) {
        return glyphs.get(page);
    }

    List<Ruling> rulings(int page) {
        return rulings.get(page);
    }

    /** Whether a page paints an image and prints (almost) no text: a scan, for OCR. */
    boolean scanned(int page, int minGlyphs) {
        return pageImages.get(page) && glyphs.get(page).size() < minGlyphs;
    }

    /** Share of glyphs that carry no usable Unicode (fonts without a ToUnicode map). */
    double undecodableShare() {
        return total == 0 ? 0 : (double) undecodable / total;
    }

    int glyphCount() {
        return total;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        ReadDeadline.check();
        paths.startPage(page.getCropBox());
        try {
            super.processPage(page);
        } catch (PageLimitException e) {
            throw e.onPage(getCurrentPageNo());
        }
    }

    @Override
    protected void writePage() {
        List<Glyph> page = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                String text = t.getUnicode();
                total++;
                if (text == null || text.isEmpty() || text.codePoints().anyMatch(PageContent::undecodable)) {
                    undecodable++;
                    continue;
                }
                // Some producers set CJK glyphs with huge advance widths (vertical text): a glyph
                // is never wider than its font size.
                float size = Math.max(t.getFontSizeInPt(), t.getHeightDir() * 1.5f);
                float width = Math.min(t.getWidthDirAdj(), size);
                page.add(new Glyph(text, t.getXDirAdj(), t.getYDirAdj(), width, t.getHeightDir()));
            }
        }
        glyphs.add(page);
        rulings.add(paths.rulings());
        pageImages.add(imagesOnPage);
        imagesOnPage = false;
    }

    private static boolean undecodable(int codePoint) {
        return codePoint == 0xFFFD || Character.getType(codePoint) == Character.PRIVATE_USE
                || Character.isISOControl(codePoint) && !Character.isWhitespace(codePoint);
    }

    /** Draws XObjects as PDFBox's text pass does (forms are read for their text), noting images. */
    private final class ImageNoticingDraw extends DrawObject {
        ImageNoticingDraw(PageContent context) {
            super(context);
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            if (!operands.isEmpty() && operands.get(0) instanceof COSName name) {
                PDXObject xobject = getContext().getResources().getXObject(name);
                if (xobject instanceof PDImageXObject) {
                    imagesOnPage = true;
                    return;
                }
            }
            super.process(operator, operands);
        }
    }
}
