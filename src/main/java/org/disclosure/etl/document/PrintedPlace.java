package org.disclosure.etl.document;

import java.util.Locale;

/**
 * Where something was printed on a paged document: its page (from 1) and its box in PDF points from
 * the page's top-left corner, the coordinates PDF viewers and renderers share.
 */
public record PrintedPlace(int page, float left, float top, float right, float bottom) {

    /** The box on its page, as the warehouse keeps it: {@code left top right bottom}, rounded to a tenth of a point. */
    public String box() {
        return String.format(Locale.ROOT, "%.1f %.1f %.1f %.1f", left, top, right, bottom);
    }

    /** A place kept as its page and {@link #box()}; null where either is missing. */
    public static PrintedPlace of(Integer page, String box) {
        if (page == null || box == null || box.isBlank()) {
            return null;
        }
        String[] v = box.strip().split(" ");
        return new PrintedPlace(page, Float.parseFloat(v[0]), Float.parseFloat(v[1]), Float.parseFloat(v[2]), Float.parseFloat(v[3]));
    }

    /** The box holding both, where both are on one page; otherwise this one. */
    public PrintedPlace union(PrintedPlace other) {
        if (other == null || other.page != page) {
            return this;
        }
        return new PrintedPlace(page, Math.min(left, other.left), Math.min(top, other.top), Math.max(right, other.right),
                Math.max(bottom, other.bottom));
    }
}
