package org.disclosure.etl.document.pdf;

/**
 * A straight line drawn on the page (a table border): horizontal at {@code position} = y from
 * {@code from} to {@code to} in x, or vertical at x from y to y. Top-left origin, in points.
 */
record Ruling(boolean horizontal, float position, float from, float to) {

    static final float TOLERANCE = 2.5f;

    Ruling {
        if (from > to) {
            float swap = from;
            from = to;
            to = swap;
        }
    }

    /** Whether this line passes through {@code along} (x for a horizontal line) near {@code at}. */
    boolean covers(float at, float along) {
        return Math.abs(position - at) <= TOLERANCE && along >= from - TOLERANCE && along <= to + TOLERANCE;
    }

    /** Whether two lines cross, touch, or continue each other. */
    boolean meets(Ruling other) {
        if (horizontal == other.horizontal) {
            return Math.abs(position - other.position) <= TOLERANCE
                    && from <= other.to + TOLERANCE && other.from <= to + TOLERANCE;
        }
        return other.position >= from - TOLERANCE && other.position <= to + TOLERANCE
                && position >= other.from - TOLERANCE && position <= other.to + TOLERANCE;
    }
}
