package org.disclosure.etl.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as rows of cell texts. Merged cells are expanded and blank cells kept (as empty or
 * whitespace-only strings), so that a cell's position in its row is as printed.
 *
 * @param method how its cells were read: a table of the file ({@code TABLE}), rebuilt from converted
 *               text ({@code TEXT}), or recognized by OCR from an image ({@code OCR}), whose numbers
 *               stand only where the table's own arithmetic confirms them
 * @param places where each row was printed, one per row (null where not known); empty for formats
 *               without pages
 */
public record Table(List<List<String>> rows, ReadMethod method, List<PrintedPlace> places) implements Block {

    /**
     * What a recognized table's cell starts with where OCR is not sure of the number after it, or
     * holds alone where a cell has ink OCR could not read. No number parser accepts it.
     */
    public static final String UNSURE = "?";

    public Table {
        rows = rows.stream().map(row -> row.stream().map(Block::printable).toList()).toList();
        places = places.isEmpty() ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(places));
    }

    public Table(List<List<String>> rows, boolean recognized) {
        this(rows, recognized ? ReadMethod.OCR : ReadMethod.TABLE, List.of());
    }

    public Table(List<List<String>> rows) {
        this(rows, false);
    }

    /** Read by OCR from an image. */
    public boolean recognized() {
        return method == ReadMethod.OCR;
    }

    /** Where row {@code index} was printed, or null. */
    public PrintedPlace place(int index) {
        return index < places.size() ? places.get(index) : null;
    }
}
