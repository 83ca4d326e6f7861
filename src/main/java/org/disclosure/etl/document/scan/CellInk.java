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
 */
public record CellInk(Kind kind, int marks, boolean clipped, List<BufferedImage> images) {

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

    public static CellInk of(ScanImage page, int left, int top, int right, int bottom, int dpi) {
        int w = right - left;
        int h = bottom - top;
        if (w <= 0 || h <= 0) {
            return new CellInk(Kind.BLANK, 0, false, List.of());
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
            return new CellInk(Kind.BLANK, 0, false, List.of());
        }
        if (marks.size() == 1 && marks.get(0).width() >= 3 * marks.get(0).height()) {
            return new CellInk(Kind.DASH, 1, false, List.of());
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
            boolean clipped = marks.stream().anyMatch(m -> m.left() == 0 || m.top() == 0 || m.right() == w - 1 || m.bottom() == h - 1);
            int[] box = box(number);
            BufferedImage gray = cut(grayWithout(page, left, top, w, h, remnants, specks.stream().filter(sp -> !number.contains(sp)).toList(), dpi),
                    box[0], box[1], box[2], box[3], margin(dpi));
            return new CellInk(Kind.DIGITS, number.size(), clipped, List.of(marksOnly(number, w, dpi), gray));
        }
        BufferedImage words = grayWithout(page, left, top, w, h, remnants, specks, dpi);
        int margin = margin(dpi);
        // Only the marks' extent: faint border shadows beside it make Tesseract's line mode read nothing.
        int[] box = box(marks);
        List<BufferedImage> lines = new ArrayList<>();
        for (int[] band : lines(marks, tallest)) {
            lines.add(cut(words, box[0], Math.max(0, band[0] - margin / 2), box[2], Math.min(h - 1, band[1] + margin / 2), margin));
        }
        return new CellInk(Kind.WORDS, marks.size(), false, lines);
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
     * A piece of border line near the cell's edge: thin across, long along (half the cell or more),
     * within two line widths of the edge (a skewed border need not touch the cut). A digit 1 is as
     * thin but never half as tall as its cell.
     */
    private static boolean isBorderRemnant(Mark m, int w, int h, int border) {
        boolean vertical = (m.left() <= 2 * border || m.right() >= w - 1 - 2 * border) && m.width() <= border && m.height() >= h / 2;
        boolean horizontal = (m.top() <= 2 * border || m.bottom() >= h - 1 - 2 * border) && m.height() <= border && m.width() >= w / 2;
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
