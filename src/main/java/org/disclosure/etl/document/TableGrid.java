package org.disclosure.etl.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lays the cells of a real table (DOCX, HTML, ruled PDF) out on their grid, so that merged cells
 * cover every position they span, and reads the grid back as {@link Table} rows:
 * <ul>
 *   <li>a cell spanning several columns appears once in its row, so the cells after it keep their
 *       count;</li>
 *   <li>a label spanning several rows is repeated in each, giving every child row its parent
 *       ({@code （三）不予公开} above {@code 1.属于国家秘密});</li>
 *   <li>a number spanning several rows is not repeated: the rows below it get {@link #MERGED_NUMBER},
 *       which no number parser accepts, so they are skipped rather than counted twice or as 0.</li>
 * </ul>
 */
public final class TableGrid {

    /** What a row below a vertically merged number cell holds instead of the number. */
    public static final String MERGED_NUMBER = "〃";

    private static final Pattern HAS_WORD = Pattern.compile("[\\p{IsHan}A-Za-z]");

    private record Placed(String text, int row, int column) {
    }

    private final List<List<Placed>> grid = new ArrayList<>();

    /**
     * Places a cell at the first free position of the row at or after {@code fromColumn}; returns
     * the column after it. Positions already covered by cells spanning down from above are skipped.
     */
    public int place(int row, int fromColumn, int rowSpan, int colSpan, String text) {
        int column = nextFree(row, fromColumn);
        Placed cell = new Placed(text == null ? "" : text, row, column);
        for (int r = row; r < row + Math.max(1, rowSpan); r++) {
            for (int c = column; c < column + Math.max(1, colSpan); c++) {
                set(r, c, cell);
            }
        }
        return column + Math.max(1, colSpan);
    }

    /** Extends the cell above (row - 1, column) down over this position: Word's vMerge continue. */
    public void continueFromAbove(int row, int column, int colSpan) {
        Placed above = at(row - 1, column);
        for (int c = column; c < column + Math.max(1, colSpan); c++) {
            set(row, c, above == null ? new Placed("", row, c) : above);
        }
    }

    /** The first column at or after {@code fromColumn} that no cell covers yet. */
    public int nextFree(int row, int fromColumn) {
        int column = fromColumn;
        while (at(row, column) != null) {
            column++;
        }
        return column;
    }

    public Table toTable() {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            List<Placed> positions = grid.get(r);
            List<String> cells = new ArrayList<>();
            Placed previous = null;
            for (Placed cell : positions) {
                if (cell == null) {
                    cells.add("");
                } else if (cell != previous) {
                    cells.add(cell.row() == r || HAS_WORD.matcher(cell.text()).find() || cell.text().isBlank()
                            ? cell.text() : MERGED_NUMBER);
                }
                previous = cell;
            }
            rows.add(cells);
        }
        return new Table(rows);
    }

    private Placed at(int row, int column) {
        if (row < 0 || row >= grid.size()) {
            return null;
        }
        List<Placed> cells = grid.get(row);
        return column < cells.size() ? cells.get(column) : null;
    }

    private void set(int row, int column, Placed cell) {
        while (grid.size() <= row) {
            grid.add(new ArrayList<>());
        }
        List<Placed> cells = grid.get(row);
        while (cells.size() <= column) {
            cells.add(null);
        }
        cells.set(column, cell);
    }
}
