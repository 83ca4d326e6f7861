package org.disclosure.etl.document.pdf;

import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.disclosure.etl.document.scan.PixelBudget;

/**
 * A scanned page's size in pixels, as rendering it for OCR would make it, and the sizes its images
 * declare, checked against {@link PixelBudget} before anything is rendered or decoded.
 */
final class PageImages {

    /** Forms inside forms deeper than this are not looked into (no scan nests them). */
    private static final int MAX_FORM_DEPTH = 8;

    private PageImages() {
    }

    /** Why the page is not rendered at {@code dpi}, if it or an image on it is over the pixel budget. */
    static Optional<String> excess(PDPage page, int dpi) throws IOException {
        PDRectangle box = page.getCropBox();
        long width = Math.round(box.getWidth() / 72.0 * dpi);
        long height = Math.round(box.getHeight() / 72.0 * dpi);
        Optional<String> pageExcess = PixelBudget.excess(String.format(java.util.Locale.ROOT, "the page (%.0f × %.0f in at %d dpi)",
                box.getWidth() / 72.0, box.getHeight() / 72.0, dpi), width, height);
        return pageExcess.isPresent() ? pageExcess : imageExcess(page.getResources(), 0);
    }

    private static Optional<String> imageExcess(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return Optional.empty();
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            Optional<String> excess = object instanceof PDImageXObject image
                    ? PixelBudget.excess("an image on it", image.getWidth(), image.getHeight())
                    : object instanceof PDFormXObject form ? imageExcess(form.getResources(), depth + 1) : Optional.empty();
            if (excess.isPresent()) {
                return excess;
            }
        }
        return Optional.empty();
    }
}
