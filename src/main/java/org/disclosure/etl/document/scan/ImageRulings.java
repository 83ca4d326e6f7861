package org.disclosure.etl.document.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds a straightened page's table borders: runs of ink far longer than any stroke of a character
 * (0.4 in across, 0.2 in down: a cell is wider than it is tall), continued over the few rows or
 * columns a line is thick. Short breaks (speckle, JPEG ringing, a scanner's dropout) are bridged;
 * a band thicker than a border (a black bar, a stamp's body) is not a line.
 */
public final class ImageRulings {

    private static final double MIN_ACROSS_INCHES = 0.4;
    private static final double MIN_DOWN_INCHES = 0.2;
    private static final double MAX_THICKNESS_INCHES = 0.05;
    private static final int GAP = 3;

    private ImageRulings() {
    }

    public static List<ImageLine> of(ScanImage page, int dpi) {
        byte[] ink = page.inkMask();
        int w = page.width();
        int h = page.height();
        int maxThickness = Math.max(3, (int) Math.round(MAX_THICKNESS_INCHES * dpi));
        List<ImageLine> lines = new ArrayList<>();
        lines.addAll(join(runs(ink, w, h, true, (int) (MIN_ACROSS_INCHES * dpi)), true, maxThickness));
        lines.addAll(join(runs(ink, w, h, false, (int) (MIN_DOWN_INCHES * dpi)), false, maxThickness));
        return lines;
    }

    /** A run of ink along one pixel row (or column): {@code at} the row, from..to along it. */
    private record Run(int at, int from, int to) {
    }

    private static List<Run> runs(byte[] ink, int w, int h, boolean across, int minLength) {
        List<Run> runs = new ArrayList<>();
        int lanes = across ? h : w;
        int length = across ? w : h;
        for (int lane = 0; lane < lanes; lane++) {
            int start = -1;
            int lastInk = -1;
            for (int i = 0; i < length; i++) {
                boolean on = ink[across ? lane * w + i : i * w + lane] != 0;
                if (on) {
                    if (start < 0 || i - lastInk > GAP + 1) {
                        if (start >= 0 && lastInk - start + 1 >= minLength) {
                            runs.add(new Run(lane, start, lastInk));
                        }
                        start = i;
                    }
                    lastInk = i;
                }
            }
            if (start >= 0 && lastInk - start + 1 >= minLength) {
                runs.add(new Run(lane, start, lastInk));
            }
        }
        return runs;
    }

    /** Runs on neighbouring rows that overlap are one line; its position is their middle. */
    private static List<ImageLine> join(List<Run> runs, boolean horizontal, int maxThickness) {
        List<int[]> open = new ArrayList<>(); // first lane, last lane, from, to
        List<int[]> done = new ArrayList<>();
        runs.sort(Comparator.comparingInt(Run::at));
        for (Run run : runs) {
            // A run may bridge two pieces of a turned line (one ending where the other starts): they become one.
            int[] match = null;
            for (java.util.Iterator<int[]> it = open.iterator(); it.hasNext(); ) {
                int[] line = it.next();
                if (run.at() - line[1] <= 2 && run.from() <= line[3] + GAP && line[2] - GAP <= run.to()) {
                    if (match == null) {
                        match = line;
                    } else {
                        match[0] = Math.min(match[0], line[0]);
                        match[1] = Math.max(match[1], line[1]);
                        match[2] = Math.min(match[2], line[2]);
                        match[3] = Math.max(match[3], line[3]);
                        it.remove();
                    }
                }
            }
            if (match == null) {
                open.add(new int[] {run.at(), run.at(), run.from(), run.to()});
            } else {
                match[1] = run.at();
                match[2] = Math.min(match[2], run.from());
                match[3] = Math.max(match[3], run.to());
            }
            open.removeIf(line -> {
                if (run.at() - line[1] > 2) {
                    done.add(line);
                    return true;
                }
                return false;
            });
        }
        done.addAll(open);
        List<ImageLine> lines = new ArrayList<>();
        for (int[] line : done) {
            if (line[1] - line[0] + 1 <= maxThickness) {
                lines.add(new ImageLine(horizontal, (line[0] + line[1]) / 2, line[2], line[3]));
            }
        }
        return lines;
    }
}
