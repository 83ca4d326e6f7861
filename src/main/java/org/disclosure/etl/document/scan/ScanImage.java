package org.disclosure.etl.document.scan;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A scanned page as gray levels (0 black, 255 white) and the ink on it. The ink threshold is Otsu's:
 * the gray level that best separates the page's two populations, so that a grey, yellowed or
 * over-exposed scan is read as well as a clean one.
 */
public final class ScanImage {

    private final int width;
    private final int height;
    private final byte[] gray;
    private final int threshold;

    private ScanImage(BufferedImage image) {
        BufferedImage g = image.getType() == BufferedImage.TYPE_BYTE_GRAY ? image : toGray(image);
        this.width = g.getWidth();
        this.height = g.getHeight();
        this.gray = ((DataBufferByte) g.getRaster().getDataBuffer()).getData();
        this.threshold = otsu(gray);
    }

    public static ScanImage of(BufferedImage image) {
        return new ScanImage(image);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The gray level (0 black .. 255 white) at a pixel. */
    public int gray(int x, int y) {
        return gray[y * width + x] & 0xFF;
    }

    public boolean ink(int x, int y) {
        return gray(x, y) <= threshold;
    }

    /** Ink, or a stroke too thin or light to reach the ink threshold: darker than halfway from it to white. */
    public boolean faintInk(int x, int y) {
        return gray(x, y) <= (threshold + 255) / 2;
    }

    /** The ink of the whole page, row by row: 1 where the page is printed. */
    public byte[] inkMask() {
        byte[] mask = new byte[gray.length];
        for (int i = 0; i < gray.length; i++) {
            mask[i] = (byte) ((gray[i] & 0xFF) <= threshold ? 1 : 0);
        }
        return mask;
    }

    /** The page turned by {@code degrees} about its centre (clockwise on screen for positive), white where it was outside. */
    public ScanImage rotated(double degrees) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), width / 2.0, height / 2.0);
        g.drawImage(image(), 0, 0, null);
        g.dispose();
        return new ScanImage(out);
    }

    /** The page with the given regions painted white: what is left for reading its running text. */
    public BufferedImage without(java.util.List<int[]> regions) {
        BufferedImage copy = image();
        Graphics2D g = copy.createGraphics();
        g.setColor(Color.WHITE);
        for (int[] r : regions) {
            g.fillRect(r[0], r[1], r[2] - r[0], r[3] - r[1]);
        }
        g.dispose();
        return copy;
    }

    /** A copy of the page as an image. */
    private BufferedImage image() {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        System.arraycopy(gray, 0, ((DataBufferByte) out.getRaster().getDataBuffer()).getData(), 0, gray.length);
        return out;
    }

    private static BufferedImage toGray(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Otsu's threshold: the level maximizing the variance between dark and light pixels. */
    static int otsu(byte[] gray) {
        long[] histogram = new long[256];
        for (byte b : gray) {
            histogram[b & 0xFF]++;
        }
        long total = gray.length;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (double) i * histogram[i];
        }
        double sumDark = 0;
        long dark = 0;
        double best = -1;
        int threshold = 127;
        for (int t = 0; t < 256; t++) {
            dark += histogram[t];
            if (dark == 0) {
                continue;
            }
            long light = total - dark;
            if (light == 0) {
                break;
            }
            sumDark += (double) t * histogram[t];
            double meanDark = sumDark / dark;
            double meanLight = (sum - sumDark) / light;
            double between = (double) dark * light * (meanDark - meanLight) * (meanDark - meanLight);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }
}
