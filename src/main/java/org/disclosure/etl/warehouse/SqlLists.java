package org.disclosure.etl.warehouse;

import java.util.Collections;
import java.util.List;

/** Lists for {@code IN (...)}: placeholders over a chunk's reports (one statement per chunk, not per report), and fixed numbers. */
public final class SqlLists {

    private SqlLists() {
    }

    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    public static String numbers(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }

    /** Fixed codes (the program's own, never input) as a parenthesised list of literals. */
    public static String quoted(List<String> codes) {
        return "(" + String.join(", ", codes.stream().map(c -> "'" + c.replace("'", "''") + "'").toList()) + ")";
    }
}
