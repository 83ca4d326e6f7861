package org.disclosure.etl.document.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the straight lines a page draws: stroked path segments, and filled rectangles thin
 * enough to be lines (how Word and WPS draw table borders). Clipping paths are not lines. Also
 * notes whether the page paints images (a scanned page is one).
 */
final class PageRulings extends PDFGraphicsStreamEngine {

    private static final float THIN = 2.5f;
    private static final float MIN_LENGTH = 3f;

    private final PDRectangle crop;
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<Point2D.Float[]> segments = new ArrayList<>();
    private final List<Point2D.Float[]> rectangles = new ArrayList<>();
    private Point2D.Float current = new Point2D.Float();
    private Point2D.Float subpathStart = new Point2D.Float();
    private boolean images;

    PageRulings(PDPage page) {
        super(page);
        this.crop = page.getCropBox();
    }

    static PageRulings of(PDPage page) throws IOException {
        PageRulings engine = new PageRulings(page);
        engine.processPage(page);
        return engine;
    }

    List<Ruling> rulings() {
        return rulings;
    }

    boolean paintsImages() {
        return images;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rectangles.add(new Point2D.Float[] {point(p0), point(p2)});
        segments.add(new Point2D.Float[] {point(p0), point(p1)});
        segments.add(new Point2D.Float[] {point(p1), point(p2)});
        segments.add(new Point2D.Float[] {point(p2), point(p3)});
        segments.add(new Point2D.Float[] {point(p3), point(p0)});
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        subpathStart = current;
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D.Float to = new Point2D.Float(x, y);
        segments.add(new Point2D.Float[] {current, to});
        current = to;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        segments.add(new Point2D.Float[] {current, subpathStart});
        current = subpathStart;
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() {
        for (Point2D.Float[] s : segments) {
            addLine(s[0], s[1]);
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
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
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings are backgrounds, not lines
    }

    @Override
    public void clip(int windingRule) {
        // a clip path is ended by endPath (or painted, and then it is lines)
    }

    @Override
    public void drawImage(PDImage image) {
        images = true;
    }

    private void clearPath() {
        segments.clear();
        rectangles.clear();
    }

    /** A copy: PDFBox reuses the points it passes. */
    private Point2D.Float point(Point2D p) {
        return new Point2D.Float((float) p.getX(), (float) p.getY());
    }

    private void addLine(Point2D.Float a, Point2D.Float b) {
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
