package org.disclosure.etl.document.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.disclosure.etl.document.Block;
import org.disclosure.etl.document.Document;
import org.disclosure.etl.document.DocumentReader;
import org.disclosure.etl.document.Paragraph;
import org.disclosure.etl.document.ReadDeadline;
import org.disclosure.etl.document.Table;
import org.disclosure.etl.document.scan.Tesseract;
import org.disclosure.etl.document.UnreadableDocumentException;

/**
 * PDF reports, as Word, WPS and LibreOffice export them. Tables are rebuilt from their ruling lines
 * ({@link RuledTable}), a table broken by a page end is joined again, text outside tables becomes
 * one paragraph per line (an unruled table's rows are rebuilt from such lines by the report parser),
 * and page numbers and running headers are dropped. Files that cannot be read fail with one line:
 * truncated, corrupt, protected by a user password, or scanned without a text layer. A PDF with
 * only an owner password (printing or copying restricted) is read.
 */
public final class PdfReader implements DocumentReader {

    private static final int MIN_GLYPHS_PER_PAGE = 20;
    private static final double MAX_UNDECODABLE = 0.3;

    /** Scans are rendered at this resolution for OCR: Tesseract reads body text best at 300 dpi. */
    static final int SCAN_DPI = 300;
    /** Scanned pages read together: 8 page images at 300 dpi are about 70 MB. */
    private static final int SCAN_BATCH = 8;

    private final int maxPages;
    private final Tesseract.Availability ocr;

    /**
     * @param maxPages a PDF with more pages fails unread, so memory and time stay bounded
     * @param ocr      Tesseract for pages without a text layer, or why there is none
     */
    public PdfReader(int maxPages, Tesseract.Availability ocr) {
        this.maxPages = maxPages;
        this.ocr = ocr;
    }

    @Override
    public Set<String> extensions() {
        return Set.of("pdf");
    }

    @Override
    public Document read(byte[] content) throws UnreadableDocumentException {
        checkEnvelope(content);
        try (PDDocument pdf = load(content)) {
            if (pdf.getNumberOfPages() > maxPages) {
                throw new UnreadableDocumentException("PDF has " + pdf.getNumberOfPages() + " pages, over the limit of "
                        + maxPages + " (ingest.max-pages)");
            }
            PageContent pages = PageContent.of(pdf);
            Set<Integer> scanned = new HashSet<>();
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                if (pages.scanned(i, MIN_GLYPHS_PER_PAGE)) {
                    scanned.add(i);
                }
            }
            checkTextLayer(pdf.getNumberOfPages(), pages, !scanned.isEmpty());
            List<List<PageItem>> items = new ArrayList<>();
            List<Float> heights = new ArrayList<>();
            Map<Integer, List<PageItem>> read = scannedPages(new PDFRenderer(pdf), pdf, scanned);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                ReadDeadline.check();
                try {
                    items.add(scanned.contains(i) ? read.get(i) : PageLayout.items(pages.glyphs(i), pages.rulings(i)));
                } catch (PageLimitException e) {
                    throw e.onPage(i + 1);
                }
                heights.add(pdf.getPage(i).getCropBox().getHeight());
            }
            return new Document(blocks(items, heights, scanned));
        } catch (PageLimitException e) {
            throw new UnreadableDocumentException(e.reason());
        } catch (ReadDeadline.Exceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("corrupt PDF: " + UnreadableDocumentException.firstLineOf(e));
        }
    }

    /**
     * The scanned pages read by OCR, {@value #SCAN_BATCH} at a time: each batch's cells go to Tesseract
     * together (a run loads its model once), and no more page images than a batch are held at once.
     */
    private Map<Integer, List<PageItem>> scannedPages(PDFRenderer renderer, PDDocument pdf, Set<Integer> scanned)
            throws IOException, UnreadableDocumentException {
        List<Integer> order = scanned.stream().sorted().toList();
        Map<Integer, List<PageItem>> read = new HashMap<>();
        for (int from = 0; from < order.size(); from += SCAN_BATCH) {
            List<Integer> batch = order.subList(from, Math.min(order.size(), from + SCAN_BATCH));
            List<BufferedImage> images = new ArrayList<>();
            for (int page : batch) {
                ReadDeadline.check();
                Optional<String> excess = PageImages.excess(pdf.getPage(page), SCAN_DPI);
                if (excess.isPresent()) {
                    throw new UnreadableDocumentException("scanned page " + (page + 1) + ": " + excess.get());
                }
                images.add(renderer.renderImageWithDPI(page, SCAN_DPI, ImageType.GRAY));
            }
            try {
                List<List<PageItem>> items = ScannedPage.items(images, SCAN_DPI, ocr.tesseract().orElseThrow(),
                        batch.stream().map(p -> p + 1).toList());
                for (int k = 0; k < batch.size(); k++) {
                    read.put(batch.get(k), items.get(k));
                }
            } catch (IOException e) {
                throw new UnreadableDocumentException("OCR failed on scanned pages " + (batch.get(0) + 1) + "–"
                        + (batch.get(batch.size() - 1) + 1) + ": " + UnreadableDocumentException.firstLineOf(e));
            }
        }
        return read;
    }

    private static void checkEnvelope(byte[] content) throws UnreadableDocumentException {
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
        if (!head.contains("%PDF-")) {
            throw new UnreadableDocumentException("not a PDF file");
        }
        int tail = Math.max(0, content.length - 2048);
        if (!new String(content, tail, content.length - tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
            throw new UnreadableDocumentException("truncated PDF: the file ends before its end-of-file marker");
        }
    }

    private static PDDocument load(byte[] content) throws UnreadableDocumentException {
        try {
            PDDocument pdf = Loader.loadPDF(content);
            pdf.setAllSecurityToBeRemoved(true);
            return pdf;
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("PDF is encrypted with a user password");
        } catch (IOException e) {
            throw new UnreadableDocumentException("corrupt PDF: " + UnreadableDocumentException.firstLineOf(e));
        }
    }

    /** Fails a file whose scanned pages cannot be read (no Tesseract), or that holds no text at all. */
    private void checkTextLayer(int pages, PageContent content, boolean anyScanned) throws UnreadableDocumentException {
        if (anyScanned && ocr.tesseract().isEmpty()) {
            throw new UnreadableDocumentException("no text layer (scanned pages); " + ocr.reason());
        }
        if (!anyScanned && pages > 0 && content.glyphCount() == 0) {
            throw new UnreadableDocumentException("PDF holds no text");
        }
        if (content.undecodableShare() > MAX_UNDECODABLE) {
            throw new UnreadableDocumentException("PDF text cannot be decoded (fonts without a Unicode map); OCR not supported");
        }
    }

    /** The pages' items as blocks: furniture dropped, a table continued on the next page joined. */
    static List<Block> blocks(List<List<PageItem>> pages, List<Float> heights, Set<Integer> scanned) {
        List<List<String>> margins = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            float height = heights.get(p);
            margins.add(pages.get(p).stream()
                    .filter(i -> i instanceof PageItem.Line && PageFurniture.inMargin(i.y(), height))
                    .map(i -> ((PageItem.Line) i).line().text()).toList());
        }
        PageFurniture furniture = new PageFurniture(margins);
        List<Block> blocks = new ArrayList<>();
        RuledTable open = null;
        boolean openRecognized = false;
        for (int p = 0; p < pages.size(); p++) {
            boolean pageStart = true;
            for (PageItem item : pages.get(p)) {
                if (item instanceof PageItem.Line l) {
                    String text = l.line().text();
                    if (PageFurniture.inMargin(l.y(), heights.get(p)) && furniture.isFurniture(text)) {
                        continue;
                    }
                    open = flush(open, openRecognized, blocks);
                    blocks.add(new Paragraph(text, scanned.contains(p), l.line().place(p + 1)));
                } else if (item instanceof PageItem.Ruled r) {
                    RuledTable table = r.table().onPage(p + 1);
                    if (open != null && pageStart && open.continuedBy(table)) {
                        open = open.join(table);
                        openRecognized |= scanned.contains(p);
                    } else {
                        flush(open, openRecognized, blocks);
                        open = table;
                        openRecognized = scanned.contains(p);
                    }
                }
                pageStart = false;
            }
        }
        flush(open, openRecognized, blocks);
        return blocks;
    }

    /** Adds a finished table; a one-column frame is a boxed paragraph, not a table. */
    private static RuledTable flush(RuledTable table, boolean recognized, List<Block> blocks) {
        if (table != null) {
            if (table.columns() == 1) {
                table.boxedLines().forEach(line -> blocks.add(new Paragraph(line, recognized)));
            } else {
                blocks.add(table.toTable(recognized));
            }
        }
        return null;
    }

}
