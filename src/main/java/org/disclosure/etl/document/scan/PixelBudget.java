package org.disclosure.etl.document.scan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The most pixels a page or picture may have to be rendered or decoded for OCR, checked from its
 * declared size before any pixel is made: a 1.8 KB PDF can declare a 100 × 100-inch page, a DOCX a
 * 20,000²-pixel picture, and either would take minutes and gigabytes before any time limit is
 * looked at. An A4 page scanned at 600 dpi has 35 million pixels; no report page needs more.
 */
public final class PixelBudget {

    public static final long MAX_PIXELS = 60_000_000L;

    private PixelBudget() {
    }

    /** Why an image of this size is not read, if it is over the budget. */
    public static Optional<String> excess(String what, long width, long height) {
        return width * height <= MAX_PIXELS ? Optional.empty()
                : Optional.of(String.format(Locale.ROOT, "%s is %d × %d pixels, over the limit of %d million pixels for OCR",
                        what, width, height, MAX_PIXELS / 1_000_000));
    }

    /** The width and height an encoded picture declares in its header, without decoding it; empty where no reader knows it. */
    public static Optional<long[]> declaredSize(byte[] encoded) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(encoded))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new long[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        }
    }
}
