package org.disclosure.etl.document;

import java.util.List;

/**
 * A table as rows of cell texts. Merged cells are expanded and blank cells kept (as empty or
 * whitespace-only strings), so that a cell's position in its row is as printed.
 */
public record Table(List<List<String>> rows) implements Block {
    public Table {
        rows = rows.stream().map(List::copyOf).toList();
    }
}
