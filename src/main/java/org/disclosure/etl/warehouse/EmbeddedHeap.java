package org.disclosure.etl.warehouse;

import java.util.Optional;

/**
 * The embedded H2 warehouse lives in the run's own heap. Short of it, H2 2.4 runs out of memory
 * while writing its pages, and twice in testing (10,000 reports at 128 MB) its background writer then
 * spun for good holding the store's lock: the run hung and ignored SIGTERM. 256 MB ran 10,000 reports
 * (140 MB live at most after full collections), so a smaller heap is warned about before the run.
 */
public final class EmbeddedHeap {

    static final long MIN_BYTES = 256L << 20;

    private EmbeddedHeap() {
    }

    /** The warning for a warehouse at {@code jdbcUrl} in a JVM of {@code maxHeapBytes}, if it needs one. */
    public static Optional<String> warning(String jdbcUrl, long maxHeapBytes) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:h2:") || maxHeapBytes >= MIN_BYTES) {
            return Optional.empty();
        }
        long least = MIN_BYTES >> 20;
        return Optional.of("disclosure-etl: warning: the embedded H2 warehouse shares this run's " + (maxHeapBytes >> 20)
                + " MB heap; give the run at least " + least + " MB (java -Xmx" + least + "m): out of heap, H2 can hang the run");
    }
}
