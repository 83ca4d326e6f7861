package org.disclosure.etl.document.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disclosure.etl.document.PrintedPlace;
import org.disclosure.etl.document.CellText;

/** Glyphs sharing a baseline, left to right. */
record TextLine(List<Glyph> glyphs) {

    /** A gap this many glyph heights wide separates columns, not characters. */
    private static final float COLUMN_GAP = 2.0f;
    /** Latin words and numbers are set apart by at least this share of a glyph height. */
    private static final float WORD_GAP = 0.2f;

    float y() {
        return glyphs.get(0).y();
    }

    /** The line's box on page {@code page}: from its glyphs' left to their right, from the tallest glyph's top to a little below the baseline. */
    PrintedPlace place(int page) {
        float left = Float.MAX_VALUE;
        float right = 0;
        float top = Float.MAX_VALUE;
        float bottom = 0;
        for (Glyph g : glyphs) {
            left = Math.min(left, g.x());
            right = Math.max(right, g.right());
            top = Math.min(top, g.y() - g.size());
            bottom = Math.max(bottom, g.y() + 0.2f * g.size());
        }
        return new PrintedPlace(page, left, top, right, bottom);
    }

    /** Clusters glyphs into lines: baselines within half a glyph height are one line. */
    static List<TextLine> of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float baseline = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && g.y() - baseline > Math.max(g.size(), current.get(0).size()) * 0.5f) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = g.y();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static TextLine line(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x));
        return new TextLine(sorted);
    }

    /**
     * The line's text: Chinese characters joined however widely they are set, Latin words and numbers
     * kept apart, and columns (wide gaps) separated by a space, so that a row of numbers stays apart.
     */
    String text() {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        boolean spaceSeen = false;
        for (Glyph g : glyphs) {
            if (g.isSpace()) {
                spaceSeen = previous != null;
                continue;
            }
            if (previous != null) {
                float gap = g.x() - previous.right();
                float unit = Math.max(1f, Math.max(g.size(), previous.size()));
                boolean cjk = CellText.isCjk(lastChar(previous)) || CellText.isCjk(g.text().charAt(0));
                if (gap > COLUMN_GAP * unit || !cjk && (spaceSeen || gap > WORD_GAP * unit)) {
                    text.append(' ');
                }
            }
            text.append(g.text());
            previous = g;
            spaceSeen = false;
        }
        return text.toString();
    }

    private static char lastChar(Glyph g) {
        return g.text().charAt(g.text().length() - 1);
    }
}
