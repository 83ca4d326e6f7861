package org.disclosure.etl.document;

import java.time.Duration;

/**
 * The time one file may take to be read ({@code ingest.max-seconds-per-file}). Readers and the
 * parser call {@link #check()} where they loop over a file's parts (pages, paths, rulings, elements,
 * lines), so a file built to make them work for hours fails alone with {@code time limit} and the
 * run goes on. The deadline belongs to the thread reading the file.
 */
public final class ReadDeadline {

    private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

    private ReadDeadline() {
    }

    /** The file being read on this thread must be read within {@code limit}. */
    public static void start(Duration limit) {
        DEADLINE.set(new long[] {System.nanoTime() + limit.toNanos(), limit.toSeconds()});
    }

    public static void clear() {
        DEADLINE.remove();
    }

    /** Throws once the file being read on this thread has run out of time; free when none is set. */
    public static void check() {
        long[] deadline = DEADLINE.get();
        if (deadline != null && System.nanoTime() - deadline[0] > 0) {
            throw new Exceeded(deadline[1]);
        }
    }

    /** Seconds left for the file being read on this thread (for a child process's timeout); {@code fallback} if none is set. */
    public static long secondsLeft(long fallback) {
        long[] deadline = DEADLINE.get();
        return deadline == null ? fallback : Math.max(1, (deadline[0] - System.nanoTime()) / 1_000_000_000L);
    }

    /** Unchecked, so that it leaves library callbacks (PDFBox's content stream operators) as it is. */
    public static final class Exceeded extends RuntimeException {
        Exceeded(long seconds) {
            super("time limit: reading took over " + seconds + " s (ingest.max-seconds-per-file)", null, false, false);
        }
    }
}
