package org.disclosure.etl.document.scan;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What is printed in one table cell of a scan, judged from its ink before any OCR: nothing (speckle
 * aside), a dash, a number (narrow marks on one line, perhaps signed) or words; and the image OCR
 * gets of it. An empty cell is never sent to OCR, so speckle cannot turn into a number; a cell with
 * ink that OCR returns nothing for is unreadable, never blank. What is left of a border line at the
 * cell's edge is not the cell's ink.
 *
 * @param marks   the number of marks a number's characters make (one per digit, sign or point)
 * @param clipped whether a mark touches the cell's cut edge: part of a digit may lie beyond it
 * @param images what OCR reads: a number's marks alone, black on white, and (for a second opinion
 *               where those are not read surely) its gray; words in their gray, one image per line of
 *               text (Tesseract drops the second line of a wrapped label read as a block)
 * @param shapes a number's marks left to right, each as its {@link GlyphShape}: what the page's other
 *               digits can be compared with
 */
public record CellInk(Kind kind, int marks, boolean clipped, List<BufferedImage> images, List<GlyphShape> shapes) {

    public enum Kind { BLANK, DASH, DIGITS, WORDS }

    /** A mark smaller than this share of a square inch (at 300 dpi: 40 pixels) is speckle. */
    private static final double MIN_MARK_SQUARE_INCHES = 40.0 / (300 * 300);
    /** A mark shorter than this (inches) both ways is a speck too. */
    private static final double MIN_MARK_EXTENT_INCHES = 0.035;
    /** A border line is no thicker than this (inches). */
    private static final double MAX_BORDER_INCHES = 0.03;

    /** A connected mark: its box and its pixels (offsets in the cell). */
    private record Mark(int left, int top, int right, int bottom, int[] pixels) {
        int width() {
            return right - left + 1;
        }

        int height() {
            return bottom - top + 1;
        }
    }

    /**
     * @param inset how far inside the cell's border lines the cell was cut (left, top, right, bottom):
     *              a number printed against a border reaches into that band, and is then not whole
     */
    public static CellInk of(ScanImage page, int left, int top, int right, int bottom, int inset, int dpi) {
        int w = right - left;
        int h = bottom - top;
        if (w <= 0 || h <= 0) {
            return new CellInk(Kind.BLANK, 0, false, List.of(), List.of());
        }
        int border = (int) Math.max(2, MAX_BORDER_INCHES * dpi);
        boolean[] ink = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                ink[y * w + x] = page.ink(left + x, top + y);
            }
        }
        List<Mark> all = components(ink, w, h);
        int minPixels = (int) Math.max(4, MIN_MARK_SQUARE_INCHES * dpi * dpi);
        int minExtent = (int) Math.max(2, MIN_MARK_EXTENT_INCHES * dpi);
        List<Mark> marks = new ArrayList<>();
        List<Mark> specks = new ArrayList<>();
        List<Mark> remnants = new ArrayList<>();
        for (Mark m : all) {
            if (isBorderRemnant(m, w, h, border)) {
                remnants.add(m);
            } else if (m.pixels().length < minPixels || Math.max(m.width(), m.height()) < minExtent) {
                specks.add(m);
            } else {
                marks.add(m);
            }
        }
        if (marks.isEmpty()) {
            return new CellInk(Kind.BLANK, 0, false, List.of(), List.of());
        }
        if (marks.size() == 1 && (marks.get(0).width() >= 3 * marks.get(0).height() || isSlash(marks.get(0), w))) {
            return new CellInk(Kind.DASH, 1, false, List.of(), List.of()); // -, — or /: printed for none, never a digit
        }
        marks.sort((a, b) -> Integer.compare(a.left(), b.left()));
        int tallest = marks.stream().mapToInt(Mark::height).max().orElse(0);
        int lineTop = marks.stream().mapToInt(Mark::top).min().orElse(0);
        int lineBottom = marks.stream().mapToInt(Mark::bottom).max().orElse(0);
        boolean oneLine = lineBottom - lineTop + 1 <= tallest * 1.3;
        boolean narrow = true;
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            boolean digit = m.height() >= tallest * 0.6 && m.width() <= m.height() * 0.9;
            boolean sign = i == 0 && marks.size() > 1 && m.height() <= tallest && m.width() <= tallest * 1.2; // + or -
            narrow &= digit || sign;
        }
        if (oneLine && narrow) {
            List<Mark> number = new ArrayList<>(marks);
            number.addAll(points(specks, marks, lineTop, lineBottom, dpi));
            List<Mark> sign = minus(specks, marks, lineTop, lineBottom);
            number.addAll(sign.isEmpty() ? faintMinus(page, left, top, w, marks, lineTop, lineBottom) : sign); // the reading must explain it
            boolean clipped = marks.stream().anyMatch(m -> m.left() == 0 || m.top() == 0 || m.right() == w - 1 || m.bottom() == h - 1)
                    || inkBeside(page, left, top, w, h, inset, lineTop, lineBottom);
            int[] box = box(number);
            BufferedImage gray = cut(grayWithout(page, left, top, w, h, remnants, specks.stream().filter(sp -> !number.contains(sp)).toList(), dpi),
                    box[0], box[1], box[2], box[3], margin(dpi));
            List<GlyphShape> shapes = number.stream().sorted((a, b) -> Integer.compare(a.left(), b.left()))
                    .map(m -> GlyphShape.of(m.pixels(), w, m.left(), m.top(), m.width(), m.height(), lineBottom - lineTop + 1)).toList();
            return new CellInk(Kind.DIGITS, number.size(), clipped, List.of(marksOnly(number, w, dpi), gray), shapes);
        }
        BufferedImage words = grayWithout(page, left, top, w, h, remnants, specks, dpi);
        int margin = margin(dpi);
        // Only the marks' extent: faint border shadows beside it make Tesseract's line mode read nothing.
        int[] box = box(marks);
        List<BufferedImage> lines = new ArrayList<>();
        for (int[] band : lines(marks, tallest)) {
            lines.add(cut(words, box[0], Math.max(0, band[0] - margin / 2), box[2], Math.min(h - 1, band[1] + margin / 2), margin));
        }
        return new CellInk(Kind.WORDS, marks.size(), false, lines, List.of());
    }

    /**
     * The bands of text lines in a cell, top to bottom: full-height marks whose heights overlap are
     * one line; a part of a character (the flat top stroke of 万, a dot) joins the line it is nearest.
     */
    private static List<int[]> lines(List<Mark> marks, int tallest) {
        List<Mark> full = new ArrayList<>(marks.stream().filter(m -> m.height() >= tallest / 2).toList());
        full.sort((a, b) -> Integer.compare(a.top(), b.top()));
        List<int[]> bands = new ArrayList<>();
        for (Mark m : full) {
            int[] last = bands.isEmpty() ? null : bands.get(bands.size() - 1);
            if (last != null && m.top() <= last[1] - m.height() / 4) {
                last[1] = Math.max(last[1], m.bottom());
            } else {
                bands.add(new int[] {m.top(), m.bottom()});
            }
        }
        for (Mark m : marks) {
            if (m.height() < tallest / 2) {
                int middle = (m.top() + m.bottom()) / 2;
                int[] nearest = bands.stream().min((a, b) -> Integer.compare(distance(a, middle), distance(b, middle))).orElseThrow();
                nearest[0] = Math.min(nearest[0], m.top());
                nearest[1] = Math.max(nearest[1], m.bottom());
            }
        }
        return bands;
    }

    private static int distance(int[] band, int y) {
        return y < band[0] ? band[0] - y : y > band[1] ? y - band[1] : 0;
    }

    /**
     * A piece of border line near the cell's edge: thin across, long along, within two line widths of
     * the edge (a skewed border need not touch the cut): most of the cell long, or half of it and
     * running into the cut. A digit 1 beside the edge of a low cell is as thin and may be half as
     * tall, but stands clear of the cut above and below it: taken for a border, 17 would read 7.
     */
    private static boolean isBorderRemnant(Mark m, int w, int h, int border) {
        boolean vertical = (m.left() <= 2 * border || m.right() >= w - 1 - 2 * border) && m.width() <= border
                && (m.height() >= h * 3 / 4 || m.height() >= h / 2 && (m.top() == 0 || m.bottom() == h - 1));
        boolean horizontal = (m.top() <= 2 * border || m.bottom() >= h - 1 - 2 * border) && m.height() <= border
                && (m.width() >= w * 3 / 4 || m.width() >= w / 2 && (m.left() == 0 || m.right() == w - 1));
        return vertical || horizontal;
    }

    /**
     * The decimal point of a number (4883.82): a dot too small to count as a mark, sitting on the
     * digits' baseline between two of them. Dropped with the speckle it would turn 4883.82 into 488382.
     */
    private static List<Mark> points(List<Mark> specks, List<Mark> digits, int lineTop, int lineBottom, int dpi) {
        int lineHeight = lineBottom - lineTop + 1;
        int minSize = Math.max(2, dpi / 150);
        return specks.stream().filter(s -> {
            int cx = (s.left() + s.right()) / 2;
            int cy = (s.top() + s.bottom()) / 2;
            boolean between = digits.stream().anyMatch(d -> d.right() < cx) && digits.stream().anyMatch(d -> d.left() > cx);
            boolean onBaseline = cy >= lineTop + lineHeight * 0.7 && cy <= lineBottom + lineHeight * 0.1;
            boolean dotSized = s.width() >= minSize && s.height() >= minSize && s.width() <= lineHeight / 3 && s.height() <= lineHeight / 3;
            return between && onBaseline && dotSized;
        }).toList();
    }

    /**
     * Ink in the band between the cut and the border line, level with the number and nowhere else in
     * its column: a digit printed against the border (17 with its 1 beyond the cut would read 7). The
     * border line and its fringe run on above and below the number, so they do not count.
     */
    private static boolean inkBeside(ScanImage page, int left, int top, int w, int h, int inset, int lineTop, int lineBottom) {
        int lineHeight = lineBottom - lineTop + 1;
        for (int x : java.util.stream.IntStream.concat(java.util.stream.IntStream.range(left - inset, left),
                java.util.stream.IntStream.range(left + w, left + w + inset)).toArray()) {
            if (x < 0 || x >= page.width()) {
                continue;
            }
            int level = 0;
            boolean beyond = false; // a border line, or its fringe where the page is askew, runs on above or below the number
            for (int y = Math.max(0, top - inset); y < Math.min(page.height(), top + h + inset); y++) {
                if (page.ink(x, y)) {
                    int inCell = y - top;
                    level += inCell >= lineTop && inCell <= lineBottom ? 1 : 0;
                    beyond |= inCell < lineTop - lineHeight / 4 || inCell > lineBottom + lineHeight / 4;
                }
            }
            if (level >= lineHeight / 3 && !beyond) { // a stroke, not the odd dark pixel of scan noise
                return true;
            }
        }
        return false;
    }

    /**
     * A minus sign before the digits (-72): a short level stroke left of the first digit at the
     * digits' middle height, too small to count as a mark. Dropped with the speckle, -72 would read 72.
     */
    private static List<Mark> minus(List<Mark> specks, List<Mark> digits, int lineTop, int lineBottom) {
        int lineHeight = lineBottom - lineTop + 1;
        int first = digits.stream().mapToInt(Mark::left).min().orElse(0);
        return specks.stream().filter(s -> {
            int cy = (s.top() + s.bottom()) / 2;
            boolean before = s.right() < first && first - s.right() <= lineHeight;
            boolean middle = cy >= lineTop + lineHeight * 0.3 && cy <= lineTop + lineHeight * 0.75;
            boolean level = s.width() >= 2 * s.height() && s.width() >= lineHeight / 5;
            return before && middle && level;
        }).limit(1).toList();
    }

    /**
     * A minus sign too thin or light to be ink at all (a hairline stroke scanned at 150 dpi): a level
     * run of faint ink left of the first digit at the digits' middle height. As a mark, it is drawn
     * for OCR and counted, so a reading without it is unsure.
     */
    private static List<Mark> faintMinus(ScanImage page, int left, int top, int w, List<Mark> digits, int lineTop, int lineBottom) {
        int lineHeight = lineBottom - lineTop + 1;
        int first = digits.stream().mapToInt(Mark::left).min().orElse(0);
        int minRun = Math.max(3, lineHeight / 5);
        for (int y = lineTop + (int) (lineHeight * 0.3); y <= lineTop + (int) (lineHeight * 0.75); y++) {
            int run = 0;
            for (int x = Math.max(0, first - lineHeight); x < first - 1; x++) {
                run = page.faintInk(left + x, top + y) ? run + 1 : 0;
                if (run >= minRun && !page.faintInk(left + x, top + y - Math.max(2, lineHeight / 6))
                        && !page.faintInk(left + x, top + y + Math.max(2, lineHeight / 6))) {
                    int[] pixels = new int[run];
                    for (int i = 0; i < run; i++) {
                        pixels[i] = y * w + x - run + 1 + i;
                    }
                    return List.of(new Mark(x - run + 1, y, x, y, pixels));
                }
            }
        }
        return List.of();
    }

    /**
     * A slash (/), printed for none: one stroke leaning right, narrow in every row of pixels, its top
     * well right of its bottom. A 7's bar spans its width and a 1 stands upright, so neither is one.
     */
    private static boolean isSlash(Mark m, int cellWidth) {
        if (m.height() < 8 || m.width() < 3) {
            return false;
        }
        int[][] rows = rowSpans(m, cellWidth);
        int band = Math.max(1, m.height() / 5);
        double top = 0;
        double bottom = 0;
        for (int r = 0; r < m.height(); r++) {
            if (rows[r][0] > m.width() / 2 + 1) {
                return false; // a bar across the mark
            }
            if (r < band) {
                top += rows[r][1];
            } else if (r >= m.height() - band) {
                bottom += rows[r][1];
            }
        }
        return (top - bottom) / band >= m.width() * 0.5;
    }

    /** For each row of a mark's pixels: how many are ink, and the x of their centre. */
    private static int[][] rowSpans(Mark m, int cellWidth) {
        int[][] rows = new int[m.height()][2];
        for (int p : m.pixels()) {
            int[] row = rows[p / cellWidth - m.top()];
            row[0]++;
            row[1] += p % cellWidth;
        }
        for (int[] row : rows) {
            row[1] = row[0] == 0 ? 0 : row[1] / row[0];
        }
        return rows;
    }

    /** The box the marks cover: left, top, right, bottom (inclusive, in the cell). */
    private static int[] box(List<Mark> marks) {
        return new int[] {marks.stream().mapToInt(Mark::left).min().orElse(0), marks.stream().mapToInt(Mark::top).min().orElse(0),
            marks.stream().mapToInt(Mark::right).max().orElse(0), marks.stream().mapToInt(Mark::bottom).max().orElse(0)};
    }

    /** A region of a cell's gray image (which has a margin of its own around the cell), with a white margin around it. */
    private static BufferedImage cut(BufferedImage cell, int x0, int y0, int x1, int y1, int margin) {
        BufferedImage out = white(x1 - x0 + 1 + 2 * margin, y1 - y0 + 1 + 2 * margin);
        out.getGraphics().drawImage(cell.getSubimage(x0 + margin, y0 + margin, x1 - x0 + 1, y1 - y0 + 1), margin, margin, null);
        return out;
    }

    /** A number's marks alone, black on white, cut to their extent with a white margin. */
    private static BufferedImage marksOnly(List<Mark> marks, int cellWidth, int dpi) {
        int[] box = box(marks);
        int margin = margin(dpi);
        BufferedImage out = white(box[2] - box[0] + 1 + 2 * margin, box[3] - box[1] + 1 + 2 * margin);
        byte[] target = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (Mark m : marks) {
            for (int p : m.pixels()) {
                target[(p / cellWidth - box[1] + margin) * out.getWidth() + p % cellWidth - box[0] + margin] = 0;
            }
        }
        return out;
    }

    /** Words in their gray (the Chinese model reads anti-aliased strokes best), without border remnants and specks. */
    private static BufferedImage grayWithout(ScanImage page, int left, int top, int w, int h, List<Mark> remnants,
                                             List<Mark> specks, int dpi) {
        int margin = margin(dpi);
        BufferedImage out = white(w + 2 * margin, h + 2 * margin);
        byte[] target = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                target[(y + margin) * out.getWidth() + x + margin] = (byte) page.gray(left + x, top + y);
            }
        }
        for (List<Mark> gone : List.of(remnants, specks)) {
            for (Mark m : gone) {
                if (gone == specks && m.pixels().length >= 12) {
                    continue; // a small stroke of a character (the dot of 讠), not dust
                }
                for (int p : m.pixels()) {
                    target[(p / w + margin) * out.getWidth() + p % w + margin] = (byte) 0xFF;
                }
            }
        }
        return out;
    }

    private static int margin(int dpi) {
        return Math.max(8, dpi / 20);
    }

    private static BufferedImage white(int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Arrays.fill(((DataBufferByte) out.getRaster().getDataBuffer()).getData(), (byte) 0xFF);
        return out;
    }

    /** The cell's connected marks of ink (8-connected). */
    private static List<Mark> components(boolean[] ink, int w, int h) {
        List<Mark> marks = new ArrayList<>();
        boolean[] seen = new boolean[w * h];
        int[] stack = new int[w * h];
        for (int start = 0; start < w * h; start++) {
            if (seen[start] || !ink[start]) {
                continue;
            }
            int size = 0;
            int[] pixels = new int[16];
            int x0 = w;
            int y0 = h;
            int x1 = -1;
            int y1 = -1;
            int sp = 0;
            stack[sp++] = start;
            seen[start] = true;
            while (sp > 0) {
                int p = stack[--sp];
                int x = p % w;
                int y = p / w;
                if (size == pixels.length) {
                    pixels = Arrays.copyOf(pixels, size * 2);
                }
                pixels[size++] = p;
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h) {
                            int q = ny * w + nx;
                            if (!seen[q] && ink[q]) {
                                seen[q] = true;
                                stack[sp++] = q;
                            }
                        }
                    }
                }
            }
            marks.add(new Mark(x0, y0, x1, y1, Arrays.copyOf(pixels, size)));
        }
        return marks;
    }
}
