package org.disclosure.etl.document.scan;

/**
 * How far a scanned page is turned. Lines of text and table borders are horizontal on the printed
 * page, so the angle at which the rows of ink line up best (the sharpest horizontal projection) is
 * the angle the page was scanned at.
 */
public final class Skew {

    /** Scans turned further than this are not searched: a page fed sideways is another problem. */
    static final double MAX_DEGREES = 3.0;

    private Skew() {
    }

    /** The angle, in degrees, of the page's horizontal lines (positive: falling to the right on screen). */
    public static double degrees(ScanImage page) {
        byte[] ink = page.inkMask();
        int w = page.width();
        int h = page.height();
        // Every second column is enough for the projection and halves the work.
        int[] xs = new int[(w + 1) / 2];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i * 2;
        }
        double coarse = best(ink, w, h, xs, -MAX_DEGREES, MAX_DEGREES, 0.2);
        return best(ink, w, h, xs, coarse - 0.2, coarse + 0.2, 0.02);
    }

    private static double best(byte[] ink, int w, int h, int[] xs, double from, double to, double step) {
        double bestAngle = 0;
        double bestScore = -1;
        int margin = (int) Math.ceil(w * Math.tan(Math.toRadians(MAX_DEGREES + 0.5))) + 1;
        long[] rows = new long[h + 2 * margin];
        for (double a = from; a <= to + 1e-9; a += step) {
            java.util.Arrays.fill(rows, 0);
            double slope = Math.tan(Math.toRadians(a));
            for (int y = 0; y < h; y++) {
                int base = y * w;
                for (int x : xs) {
                    if (ink[base + x] != 0) {
                        rows[(int) Math.round(y - x * slope) + margin]++;
                    }
                }
            }
            double score = 0;
            for (long count : rows) {
                score += (double) count * count;
            }
            if (score > bestScore) {
                bestScore = score;
                bestAngle = a;
            }
        }
        return bestAngle;
    }
}
