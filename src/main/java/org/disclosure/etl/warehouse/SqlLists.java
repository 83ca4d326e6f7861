package org.disclosure.etl.warehouse;

import java.util.Collections;

/** Placeholder lists for {@code IN (...)} over a chunk's reports: one statement per chunk, not per report. */
public final class SqlLists {

    private SqlLists() {
    }

    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
