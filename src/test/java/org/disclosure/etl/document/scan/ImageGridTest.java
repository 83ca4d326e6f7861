package org.disclosure.etl.document.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A scanned grid: its skew measured, and once straightened, its ruling lines found where they were drawn. */
class ImageGridTest {

    private static final int DPI = 300;

    /** A table's grid, 4 rows × 6 columns of 3-pixel lines, cells 1 in × 0.3 in, from (300, 600), turned by {@code degrees}. */
    private static ScanImage grid(double degrees) {
        BufferedImage image = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.rotate(Math.toRadians(degrees), image.getWidth() / 2.0, image.getHeight() / 2.0);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        for (int row = 0; row <= 4; row++) {
            g.drawLine(300, 600 + row * 90, 300 + 6 * 300, 600 + row * 90);
        }
        for (int column = 0; column <= 6; column++) {
            g.drawLine(300 + column * 300, 600, 300 + column * 300, 600 + 4 * 90);
        }
        g.dispose();
        return ScanImage.of(image);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.6, 0.0, 0.35, 0.6})
    void theSkewIsMeasuredAndTheLinesFoundOnceStraightened(double degrees) {
        ScanImage page = grid(degrees);

        double skew = Skew.degrees(page);
        assertThat(skew).isCloseTo(degrees, within(0.04)); // 0.04° over the table's 6 in: under a pixel

        List<ImageLine> lines = ImageRulings.of(page.rotated(-skew), DPI);
        assertThat(lines).filteredOn(ImageLine::horizontal).hasSize(5);
        assertThat(lines).filteredOn(l -> !l.horizontal()).hasSize(7);
    }
}
