package org.disclosure.etl.document.scan;

/**
 * A printed character's shape, scale-free: its ink on a {@value #SIZE} × {@value #SIZE} grid, the
 * line's height mapped to the grid's height and the width scaled alike (a 1 stays narrow), centred.
 * Two marks of the same digit in the same font on the same page lie close; a 1 and a 7, or a 0, 6 and
 * 8, apart.
 */
public record GlyphShape(float[] ink) {

    static final int SIZE = 16;

    /** The shape of a mark given by its pixels (offsets in a cell {@code cellWidth} wide) and box. */
    static GlyphShape of(int[] pixels, int cellWidth, int left, int top, int width, int height, int lineHeight) {
        float[] grid = new float[SIZE * SIZE];
        double scale = (double) SIZE / Math.max(lineHeight, Math.max(width, height));
        double offsetX = (SIZE - width * scale) / 2;
        double offsetY = (SIZE - height * scale) / 2;
        for (int p : pixels) {
            int gx = (int) Math.min(SIZE - 1, Math.max(0, offsetX + (p % cellWidth - left) * scale));
            int gy = (int) Math.min(SIZE - 1, Math.max(0, offsetY + (p / cellWidth - top) * scale));
            grid[gy * SIZE + gx] += 1;
        }
        float max = 0;
        for (float v : grid) {
            max = Math.max(max, v);
        }
        for (int i = 0; i < grid.length && max > 0; i++) {
            grid[i] = grid[i] / max;
        }
        return new GlyphShape(grid);
    }

    /** How far apart two shapes are: the mean squared difference of their ink. */
    public double distance(float[] other) {
        double sum = 0;
        for (int i = 0; i < ink.length; i++) {
            double d = ink[i] - other[i];
            sum += d * d;
        }
        return sum / ink.length;
    }
}
