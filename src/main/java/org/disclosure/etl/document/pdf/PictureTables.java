package org.disclosure.etl.document.pdf;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.disclosure.etl.document.Block;
import org.disclosure.etl.document.scan.Tesseract;

/**
 * A picture inside a document (a table pasted as an image into a DOCX) read as a scanned page: its
 * tables and lines of text, in the order they stand. Pictures are brought to the resolution scans
 * are read at, from the size they are shown at.
 */
public final class PictureTables {

    private PictureTables() {
    }

    /** @param shownWidthPoints the width the document shows the picture at, in points (0 when unknown: taken as printed at 300 dpi) */
    public static List<Block> read(BufferedImage picture, double shownWidthPoints, Tesseract ocr) throws IOException {
        double dpi = shownWidthPoints > 0 ? picture.getWidth() / (shownWidthPoints / 72) : PdfReader.SCAN_DPI;
        BufferedImage image = picture;
        if (dpi < PdfReader.SCAN_DPI * 0.8 || dpi > PdfReader.SCAN_DPI * 1.5) {
            double scale = PdfReader.SCAN_DPI / dpi;
            image = new BufferedImage(Math.max(1, (int) (picture.getWidth() * scale)), Math.max(1, (int) (picture.getHeight() * scale)),
                    BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(picture, 0, 0, image.getWidth(), image.getHeight(), null);
            g.dispose();
        }
        List<PageItem> items = ScannedPage.items(image, PdfReader.SCAN_DPI, ocr);
        float heightPoints = image.getHeight() * 72f / PdfReader.SCAN_DPI;
        return PdfReader.blocks(List.of(items), List.of(heightPoints), Set.of(0));
    }
}
