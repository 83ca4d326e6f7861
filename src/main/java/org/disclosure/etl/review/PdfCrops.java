package org.disclosure.etl.review;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.disclosure.etl.document.PrintedPlace;
import org.disclosure.etl.inbox.Hashing;

/**
 * Crops of the pages of the inbox's PDFs (scans included) where a row or table was printed, as PNG
 * data URIs the review page embeds: the place outlined in red, with a margin of the page around it.
 * A file that is no longer in the inbox with the bytes that were read gives none. Pages are rendered
 * once each, at {@value #DPI} dpi, a few kept at a time.
 */
public final class PdfCrops implements ReviewPage.Crops {

    static final int DPI = 110;
    private static final float MARGIN = 14f;
    private static final int PAGES_KEPT = 4;

    private final Path inbox;
    private final Map<String, Optional<BufferedImage>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<BufferedImage>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Map<String, Boolean> unchanged = new LinkedHashMap<>();

    public PdfCrops(Path inbox) {
        this.inbox = inbox.toAbsolutePath().normalize();
    }

    @Override
    public Optional<String> of(String sourceFile, String sha256, PrintedPlace place) {
        if (place == null || sourceFile == null) {
            return Optional.empty();
        }
        Path file = inbox.resolve(sourceFile).normalize();
        if (!file.startsWith(inbox) || !unchanged.computeIfAbsent(file + "\n" + sha256, k -> hasBytes(file, sha256))) {
            return Optional.empty();
        }
        return pages.computeIfAbsent(file + "\n" + place.page(), k -> render(file, place.page()))
                .map(page -> crop(page, place));
    }

    private static Optional<BufferedImage> render(Path file, int page) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (page < 1 || page > pdf.getNumberOfPages()) {
                return Optional.empty();
            }
            return Optional.of(new PDFRenderer(pdf).renderImageWithDPI(page - 1, DPI, ImageType.RGB));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String crop(BufferedImage page, PrintedPlace place) {
        float scale = DPI / 72f;
        int left = clamp((place.left() - MARGIN) * scale, page.getWidth());
        int top = clamp((place.top() - MARGIN) * scale, page.getHeight());
        int right = clamp((place.right() + MARGIN) * scale, page.getWidth());
        int bottom = clamp((place.bottom() + MARGIN) * scale, page.getHeight());
        BufferedImage crop = new BufferedImage(Math.max(1, right - left), Math.max(1, bottom - top), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = crop.createGraphics();
        g.drawImage(page, -left, -top, null);
        g.setColor(new Color(220, 30, 30));
        g.setStroke(new BasicStroke(2f));
        g.drawRect(Math.round(place.left() * scale) - left - 2, Math.round(place.top() * scale) - top - 2,
                Math.round((place.right() - place.left()) * scale) + 4, Math.round((place.bottom() - place.top()) * scale) + 4);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(crop, "png", png);
        } catch (IOException e) {
            throw new IllegalStateException(e); // in memory: cannot fail
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    private static int clamp(float v, int max) {
        return Math.max(0, Math.min(max, Math.round(v)));
    }

    private static boolean hasBytes(Path file, String sha256) {
        try {
            return Files.isRegularFile(file) && Hashing.sha256Hex(file).equals(sha256);
        } catch (IOException e) {
            return false;
        }
    }
}
