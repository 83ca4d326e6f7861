package org.disclosure.etl.bench.synthetic;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scanned copies of text-layer PDFs, made the way a county office makes them: each page printed,
 * fed through a scanner at 150–300 dpi a little askew, with dust and toner specks, saved as JPEG and
 * wrapped in an image-only PDF (the signed-and-stamped version published beside, or instead of, the
 * Word export). Deterministic: the same seed gives the same bytes.
 */
public final class ScannedCopies {

    /** How a copy is scanned: resolution, skew (degrees), specks per square inch, JPEG quality (0–1). */
    public record Scan(int dpi, double degrees, double specksPerSquareInch, float jpegQuality) {
        public String name() {
            return dpi + "dpi" + (degrees < 0 ? "-minus" : "-plus") + String.format(java.util.Locale.ROOT, "%.1f", Math.abs(degrees));
        }
    }

    private ScannedCopies() {
    }

    public static byte[] imageOnlyPdf(byte[] textPdf, Scan scan, long seed) throws IOException {
        return imageOnlyPdf(textPdf, scan, seed, PageCodec.JPEG);
    }

    /** How a scanner's software stores a page: JPEG (most), PNG, JPEG 2000 (archival scanners), JBIG2 (bilevel, compact). */
    public enum PageCodec { JPEG, PNG, JPEG_2000, JBIG2 }

    public static byte[] imageOnlyPdf(byte[] textPdf, Scan scan, long seed, PageCodec codec) throws IOException {
        Random random = new Random(seed);
        try (PDDocument source = Loader.loadPDF(textPdf); PDDocument scanned = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                PDRectangle size = source.getPage(i).getMediaBox();
                BufferedImage page = scanned(renderer.renderImageWithDPI(i, scan.dpi(), ImageType.GRAY), scan, random);
                PDPage out = new PDPage(size);
                scanned.addPage(out);
                PDImageXObject image = switch (codec) {
                    case JPEG -> JPEGFactory.createFromByteArray(scanned, jpeg(page, scan.jpegQuality()));
                    case PNG -> LosslessFactory.createFromImage(scanned, page);
                    case JPEG_2000 -> new PDImageXObject(scanned, new ByteArrayInputStream(jpeg2000(page)), COSName.JPX_DECODE,
                            page.getWidth(), page.getHeight(), 8, PDDeviceGray.INSTANCE);
                    case JBIG2 -> Jbig2Pages.image(scanned, page);
                };
                try (PDPageContentStream content = new PDPageContentStream(scanned, out)) {
                    content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            scanned.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** A clean page image as it comes out of a scanner: turned, with a grey paper tone, specks and dropouts. */
    public static BufferedImage scanned(BufferedImage clean, Scan scan, Random random) {
        int w = clean.getWidth();
        int h = clean.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(238, 238, 238));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(scan.degrees()), w / 2.0, h / 2.0);
        g.drawImage(clean, 0, 0, null);
        g.setTransform(new java.awt.geom.AffineTransform());
        double squareInches = (double) w * h / (scan.dpi() * scan.dpi());
        int specks = (int) (scan.specksPerSquareInch() * squareInches);
        int radius = Math.max(1, scan.dpi() / 150);
        for (int s = 0; s < specks; s++) {
            boolean dark = random.nextInt(4) != 0;
            g.setColor(dark ? new Color(40, 40, 40) : Color.WHITE);
            int r = radius + random.nextInt(radius + 1);
            g.fillOval(random.nextInt(w), random.nextInt(h), r, r);
        }
        g.dispose();
        return out;
    }

    public static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A JPEG 2000 codestream of the page, lossless, by the jai-imageio JPEG 2000 writer. */
    static byte[] jpeg2000(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg2000").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
