package org.disclosure.etl.document.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.disclosure.etl.document.ReadDeadline;

/**
 * Turns a page's painted paths into ruling lines: stroked straight segments, and filled rectangles
 * thin enough to be lines (how Word and WPS draw table borders). A path ended without painting is a
 * clip, not a line. Points arrive in device space (origin bottom-left) and leave in the glyphs'
 * space (origin at the crop box's top-left).
 */
final class PathCollector {

    private static final float THIN = 2.5f;
    private static final float MIN_LENGTH = 3f;
    /** Lines on one page, and segments in one path: a report's pages draw a few thousand at most. */
    static final int MAX_RULINGS = 20_000;

    private final List<Ruling> rulings = new ArrayList<>();
    private final List<Point2D.Float[]> segments = new ArrayList<>();
    private final List<Point2D.Float[]> rectangles = new ArrayList<>();
    private PDRectangle crop = PDRectangle.A4;
    private Point2D.Float current = new Point2D.Float();
    private Point2D.Float subpathStart = new Point2D.Float();

    void startPage(PDRectangle cropBox) {
        rulings.clear();
        end();
        crop = cropBox;
    }

    List<Ruling> rulings() {
        return List.copyOf(rulings);
    }

    void moveTo(Point2D.Float p) {
        current = p;
        subpathStart = p;
    }

    void lineTo(Point2D.Float p) {
        if (segments.size() >= MAX_RULINGS) {
            throw new PageLimitException("draws a path of more than " + MAX_RULINGS + " segments (not a report's page)");
        }
        if ((segments.size() & 1023) == 0) {
            ReadDeadline.check();
        }
        segments.add(new Point2D.Float[] {current, p});
        current = p;
    }

    /** Curves are never table borders; only the pen moves. */
    void curveTo(Point2D.Float end) {
        current = end;
    }

    void closePath() {
        segments.add(new Point2D.Float[] {current, subpathStart});
        current = subpathStart;
    }

    void rectangle(Point2D.Float p0, Point2D.Float p1, Point2D.Float p2, Point2D.Float p3) {
        if (rectangles.size() >= MAX_RULINGS) {
            throw new PageLimitException("draws a path of more than " + MAX_RULINGS + " rectangles (not a report's page)");
        }
        if ((rectangles.size() & 1023) == 0) {
            ReadDeadline.check();
        }
        rectangles.add(new Point2D.Float[] {p0, p2});
        segments.add(new Point2D.Float[] {p0, p1});
        segments.add(new Point2D.Float[] {p1, p2});
        segments.add(new Point2D.Float[] {p2, p3});
        segments.add(new Point2D.Float[] {p3, p0});
        current = p0;
        subpathStart = p0;
    }

    void stroke() {
        for (Point2D.Float[] s : segments) {
            addLine(s[0], s[1]);
        }
        end();
    }

    void fill() {
        for (Point2D.Float[] r : rectangles) {
            float width = Math.abs(r[1].x - r[0].x);
            float height = Math.abs(r[1].y - r[0].y);
            if (height <= THIN && width > MIN_LENGTH) {
                float y = (r[0].y + r[1].y) / 2;
                addLine(new Point2D.Float(r[0].x, y), new Point2D.Float(r[1].x, y));
            } else if (width <= THIN && height > MIN_LENGTH) {
                float x = (r[0].x + r[1].x) / 2;
                addLine(new Point2D.Float(x, r[0].y), new Point2D.Float(x, r[1].y));
            }
        }
        end();
    }

    void end() {
        segments.clear();
        rectangles.clear();
    }

    private void addLine(Point2D.Float a, Point2D.Float b) {
        if (rulings.size() >= MAX_RULINGS) {
            throw new PageLimitException("draws more than " + MAX_RULINGS + " lines (not a report's page)");
        }
        float ax = a.x - crop.getLowerLeftX();
        float bx = b.x - crop.getLowerLeftX();
        float ay = crop.getUpperRightY() - a.y;
        float by = crop.getUpperRightY() - b.y;
        if (Math.abs(ay - by) <= 1f && Math.abs(ax - bx) > MIN_LENGTH) {
            rulings.add(new Ruling(true, (ay + by) / 2, ax, bx));
        } else if (Math.abs(ax - bx) <= 1f && Math.abs(ay - by) > MIN_LENGTH) {
            rulings.add(new Ruling(false, (ax + bx) / 2, ay, by));
        }
    }
}
