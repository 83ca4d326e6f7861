package org.disclosure.etl.document.pdf;

/**
 * One character as printed: its text and box on the page, in points from the top-left corner of the
 * crop box ({@code y} is the baseline).
 */
record Glyph(String text, float x, float y, float width, float size) {

    float right() {
        return x + width;
    }

    float centerX() {
        return x + width / 2;
    }

    /** The middle of the glyph's body, above the baseline. */
    float centerY() {
        return y - size * 0.5f;
    }

    boolean isSpace() {
        return text.isBlank();
    }
}
