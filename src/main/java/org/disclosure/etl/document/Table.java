package org.disclosure.etl.document;

import java.util.List;

/**
 * A table as rows of cell texts. Merged cells are expanded and blank cells kept (as empty or
 * whitespace-only strings), so that a cell's position in its row is as printed.
 *
 * @param recognized read by OCR from an image: its numbers stand only where the table's own
 *                   arithmetic confirms them
 */
public record Table(List<List<String>> rows, boolean recognized) implements Block {

    /**
     * What a recognized table's cell starts with where OCR is not sure of the number after it, or
     * holds alone where a cell has ink OCR could not read. No number parser accepts it.
     */
    public static final String UNSURE = "?";
    public Table {
        rows = rows.stream().map(row -> row.stream().map(Block::printable).toList()).toList();
    }

    public Table(List<List<String>> rows) {
        this(rows, false);
    }
}
