package org.disclosure.etl.document.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosure.etl.document.CellText;
import org.disclosure.etl.document.PrintedPlace;
import org.disclosure.etl.document.ReadDeadline;
import org.disclosure.etl.document.ReadMethod;
import org.disclosure.etl.document.Table;
import org.disclosure.etl.document.TableGrid;

/**
 * A table rebuilt from its ruling lines, the way tabula-java's lattice mode does: the distinct x of
 * the vertical lines and y of the horizontal lines make a grid; neighbouring grid cells with no line
 * between them are one merged cell; each glyph belongs to the cell its centre falls in. A cell's
 * glyphs become its text line by line, so vertical text and wrapped labels are whole again.
 */
final class RuledTable {

    private static final Pattern HAS_WORD = Pattern.compile("\\p{IsHan}");
    /** How a row label starts: 一、 （一） 1. 1、 */
    private static final Pattern ROW_NUMBER = Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[)）]|\\d+\\s*[.．、])");

    /** A merged cell: grid rows and columns it spans (end exclusive) and its text. */
    record Region(int top, int left, int bottom, int right, String text) {
    }

    /** A grid row where it was printed: its page (0 until the reader says) and its top and bottom on that page. */
    private record Band(int page, float top, float bottom) {
    }

    private final List<Float> xs;
    private final List<Float> ys;
    private final List<Region> regions;
    /** One per grid row: a table joined over a page end has rows on two pages, which {@code ys} lays end to end. */
    private final List<Band> bands;

    private RuledTable(List<Float> xs, List<Float> ys, List<Region> regions, List<Band> bands) {
        this.xs = xs;
        this.ys = ys;
        this.regions = regions;
        this.bands = bands;
    }

    private RuledTable(List<Float> xs, List<Float> ys, List<Region> regions) {
        this(xs, ys, regions, bands(ys, 0));
    }

    private static List<Band> bands(List<Float> ys, int page) {
        List<Band> bands = new ArrayList<>();
        for (int r = 0; r + 1 < ys.size(); r++) {
            bands.add(new Band(page, ys.get(r), ys.get(r + 1)));
        }
        return bands;
    }

    /** This table as printed on page {@code page} (from 1). */
    RuledTable onPage(int page) {
        return new RuledTable(xs, ys, regions, bands(ys, page));
    }

    /** More grid cells than this in one frame is no report's table (those have a few hundred). */
    static final int MAX_CELLS = 10_000;

    /**
     * The table framed by {@code rulings}; takes the glyphs inside it out of {@code glyphs}. A frame
     * ruled into more than {@link #MAX_CELLS} cells fails the page: its size is the reason.
     */
    static RuledTable of(List<Ruling> rulings, List<Glyph> glyphs) {
        List<Float> xs = positions(rulings, false);
        List<Float> ys = positions(rulings, true);
        int rows = ys.size() - 1;
        int columns = xs.size() - 1;
        if ((long) rows * columns > MAX_CELLS) {
            throw new PageLimitException("is ruled into " + rows + " × " + columns + " cells, over the limit of " + MAX_CELLS
                    + " cells a table (not a report's table)");
        }
        int[] parent = new int[rows * columns];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            ReadDeadline.check();
            float midY = (ys.get(r) + ys.get(r + 1)) / 2;
            for (int c = 0; c < columns; c++) {
                float midX = (xs.get(c) + xs.get(c + 1)) / 2;
                if (c + 1 < columns && !drawn(rulings, false, xs.get(c + 1), midY)) {
                    union(parent, r * columns + c, r * columns + c + 1);
                }
                if (r + 1 < rows && !drawn(rulings, true, ys.get(r + 1), midX)) {
                    union(parent, r * columns + c, (r + 1) * columns + c);
                }
            }
        }
        List<List<Glyph>> inCell = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            inCell.add(new ArrayList<>());
        }
        float top = ys.get(0);
        float bottom = ys.get(rows);
        float left = xs.get(0);
        float right = xs.get(columns);
        glyphs.removeIf(g -> {
            float x = g.centerX();
            float y = g.centerY();
            if (x < left || x > right || y < top || y > bottom) {
                return false;
            }
            inCell.get(find(parent, index(ys, y) * columns + index(xs, x))).add(g);
            return true;
        });
        // Each merged cell's bounds, in one pass over the grid cells: top, left, bottom, right (exclusive).
        int[][] bounds = new int[parent.length][];
        for (int j = 0; j < parent.length; j++) {
            int[] b = bounds[find(parent, j)];
            if (b == null) {
                bounds[find(parent, j)] = new int[] {j / columns, j % columns, j / columns + 1, j % columns + 1};
            } else {
                b[0] = Math.min(b[0], j / columns);
                b[1] = Math.min(b[1], j % columns);
                b[2] = Math.max(b[2], j / columns + 1);
                b[3] = Math.max(b[3], j % columns + 1);
            }
        }
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            if (bounds[i] != null) {
                regions.add(new Region(bounds[i][0], bounds[i][1], bounds[i][2], bounds[i][3], text(inCell.get(i))));
            }
        }
        regions.sort((a, b) -> a.top() != b.top() ? Integer.compare(a.top(), b.top()) : Integer.compare(a.left(), b.left()));
        return new RuledTable(xs, ys, regions);
    }

    float top() {
        return ys.get(0);
    }

    /** Each merged cell's box on the page: left, top, right, bottom, in points. */
    List<float[]> cellBoxes() {
        return regions.stream().map(r -> new float[] {xs.get(r.left()), ys.get(r.top()), xs.get(r.right()), ys.get(r.bottom())}).toList();
    }

    float bottom() {
        return ys.get(ys.size() - 1);
    }

    int columns() {
        return xs.size() - 1;
    }

    boolean hasText() {
        return regions.stream().anyMatch(r -> !r.text().isEmpty());
    }

    /** The rows' texts of a one-column frame: a boxed paragraph, not a table. */
    List<String> boxedLines() {
        return regions.stream().map(Region::text).filter(t -> !t.isEmpty()).toList();
    }

    /** Whether {@code next} (at the top of the next page) continues this table: the same columns. */
    boolean continuedBy(RuledTable next) {
        if (next.xs.size() != xs.size()) {
            return false;
        }
        for (int i = 0; i < xs.size(); i++) {
            if (Math.abs(xs.get(i) - next.xs.get(i)) > Ruling.TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    /**
     * This table with {@code next}'s rows appended. Where the page end broke a row in two (Word lets
     * rows break across pages), the two parts are one row again, their texts joined. A blank cell at
     * the top of the continuation under a label reaching the bottom of this page is the rest of that
     * label (a merged parent cell broken by the page end), so the label covers the rows below too.
     */
    RuledTable join(RuledTable continuation) {
        RuledTable next = continuation.withoutTopRows(repeatedHeaderRows(continuation));
        if (next.ys.size() < 2) {
            return this;
        }
        int offset = ys.size() - 1;
        boolean brokenRow = continuesLastRow(next);
        int shift = brokenRow ? offset - 1 : offset;
        List<Region> joined = new ArrayList<>(regions);
        for (Region r : next.regions) {
            Region above = r.top() == 0 ? regionAbove(joined, offset, r) : null;
            if (above != null && (brokenRow || r.text().isEmpty() && HAS_WORD.matcher(above.text()).find())) {
                joined.set(joined.indexOf(above), new Region(above.top(), above.left(),
                        Math.max(above.bottom(), shift + r.bottom()), above.right(),
                        CellText.join(List.of(above.text(), r.text()))));
            } else {
                joined.add(new Region(shift + r.top(), r.left(), shift + r.bottom(), r.right(), r.text()));
            }
        }
        List<Float> joinedYs = new ArrayList<>(ys);
        float gap = bottom() - next.ys.get(brokenRow ? 1 : 0);
        next.ys.subList(brokenRow ? 2 : 1, next.ys.size()).forEach(y -> joinedYs.add(y + gap));
        List<Band> joinedBands = new ArrayList<>(bands);
        joinedBands.addAll(next.bands.subList(brokenRow ? 1 : 0, next.bands.size()));
        return new RuledTable(xs, joinedYs, joined, joinedBands);
    }

    /**
     * How many of {@code next}'s first rows print this table's first rows again, word for word: the
     * header Word and WPS repeat at the top of each page. Such rows are the header, never the rest
     * of a row the page end broke, and never data: they are dropped before the join.
     */
    private int repeatedHeaderRows(RuledTable next) {
        int rows = 0;
        while (rows < next.ys.size() - 1 && rows < ys.size() - 1) {
            List<String> printed = rowTexts(next, rows);
            if (printed.isEmpty() || !printed.equals(rowTexts(this, rows))
                    || printed.stream().anyMatch(t -> !HAS_WORD.matcher(t).find())) {
                break;
            }
            rows++;
        }
        return rows;
    }

    /** The texts of the cells starting in grid row {@code row}, with their column bounds, left to right. */
    private static List<String> rowTexts(RuledTable table, int row) {
        return table.regions.stream().filter(r -> r.top() == row && !r.text().isEmpty())
                .map(r -> r.left() + ":" + r.right() + ":" + r.text().replaceAll("\\s+", "")).toList();
    }

    /** This table without its first {@code rows} grid rows. */
    private RuledTable withoutTopRows(int rows) {
        if (rows == 0) {
            return this;
        }
        List<Region> kept = new ArrayList<>();
        for (Region r : regions) {
            if (r.bottom() > rows) {
                kept.add(new Region(Math.max(0, r.top() - rows), r.left(), r.bottom() - rows, r.right(), r.top() < rows ? "" : r.text()));
            }
        }
        return new RuledTable(xs, ys.subList(rows, ys.size()), kept, bands.subList(rows, bands.size()));
    }

    /**
     * Whether the first row of {@code next} is the rest of this table's last row: it does not start
     * with a row number of its own, and no column has a number in both parts.
     */
    private boolean continuesLastRow(RuledTable next) {
        int last = ys.size() - 2;
        String firstText = next.regions.stream().filter(r -> r.top() == 0 && !r.text().isEmpty())
                .map(Region::text).findFirst().orElse("");
        if (firstText.isEmpty() || ROW_NUMBER.matcher(firstText).find()) {
            return false;
        }
        for (Region r : next.regions) {
            if (r.top() != 0 || r.text().isEmpty() || HAS_WORD.matcher(r.text()).find()) {
                continue;
            }
            for (Region a : regions) {
                if (a.bottom() == last + 1 && a.left() < r.right() && r.left() < a.right()
                        && !a.text().isEmpty() && !HAS_WORD.matcher(a.text()).find()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Region regionAbove(List<Region> regions, int bottom, Region below) {
        return regions.stream()
                .filter(a -> a.bottom() == bottom && a.left() == below.left() && a.right() == below.right())
                .findFirst().orElse(null);
    }

    /** The table's rows, each with where it was printed. */
    Table toTable(boolean recognized) {
        TableGrid grid = new TableGrid();
        for (Region r : regions) {
            grid.place(r.top(), r.left(), r.bottom() - r.top(), r.right() - r.left(), r.text());
        }
        List<PrintedPlace> places = new ArrayList<>();
        float left = xs.get(0);
        float right = xs.get(xs.size() - 1);
        for (Band b : bands) {
            places.add(b.page() < 1 ? null : new PrintedPlace(b.page(), left, b.top(), right, b.bottom()));
        }
        return new Table(grid.toTable().rows(), recognized ? ReadMethod.OCR : ReadMethod.TABLE, places);
    }

    private static String text(List<Glyph> glyphs) {
        return CellText.join(TextLine.of(glyphs).stream().map(TextLine::text).toList());
    }

    /**
     * Distinct positions of the horizontal (or vertical) lines, close ones merged, ascending, and the
     * ends of the lines across them: a table broken by a page end has no border line at the break.
     */
    private static List<Float> positions(List<Ruling> rulings, boolean horizontal) {
        List<Float> all = new ArrayList<>();
        for (Ruling r : rulings) {
            if (r.horizontal() == horizontal) {
                all.add(r.position());
            }
        }
        rulings.stream().filter(r -> r.horizontal() != horizontal).mapToDouble(Ruling::from).min()
                .ifPresent(v -> all.add((float) v));
        rulings.stream().filter(r -> r.horizontal() != horizontal).mapToDouble(Ruling::to).max()
                .ifPresent(v -> all.add((float) v));
        List<Float> sorted = all.stream().sorted().toList();
        List<Float> distinct = new ArrayList<>();
        for (float p : sorted) {
            if (distinct.isEmpty() || p - distinct.get(distinct.size() - 1) > Ruling.TOLERANCE) {
                distinct.add(p);
            }
        }
        return distinct;
    }

    private static boolean drawn(List<Ruling> rulings, boolean horizontal, float at, float along) {
        return rulings.stream().anyMatch(r -> r.horizontal() == horizontal && r.covers(at, along));
    }

    /** The grid interval a coordinate falls in. */
    private static int index(List<Float> bounds, float v) {
        for (int i = 1; i < bounds.size() - 1; i++) {
            if (v < bounds.get(i)) {
                return i - 1;
            }
        }
        return bounds.size() - 2;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return parent[i];
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
