package org.disclosure.etl.document.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.disclosure.etl.document.Block;
import org.disclosure.etl.document.CellText;
import org.disclosure.etl.document.Document;
import org.disclosure.etl.document.Paragraph;
import org.disclosure.etl.document.ReadDeadline;
import org.disclosure.etl.document.Table;
import org.disclosure.etl.document.TableGrid;

/**
 * Word 97–2003 binary documents ({@code .doc}, and {@code .wps} files that are Word documents inside),
 * read in-process with Apache POI HWPF: paragraphs in order and tables laid out on their grid. A
 * binary table has no grid of its own: the distinct cell edges of all its rows make one, a cell
 * spanning the columns between its edges; a vertically merged cell's continuation extends the cell
 * above, as {@code vMerge} does in DOCX.
 */
final class BinaryWordReader {

    /** Cell edges closer than this (twips) are one grid line: Word rounds widths row by row. */
    private static final int EDGE_TOLERANCE = 30;

    private BinaryWordReader() {
    }

    /** @throws IOException where the bytes are not a Word binary document HWPF can open */
    static Document read(byte[] content) throws IOException {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(content))) {
            Range range = doc.getRange();
            List<Block> blocks = new ArrayList<>();
            int i = 0;
            while (i < range.numParagraphs()) {
                ReadDeadline.check();
                org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    org.apache.poi.hwpf.usermodel.Table table = range.getTable(p);
                    Table read = table(table);
                    if (!read.rows().isEmpty()) {
                        blocks.add(read);
                    }
                    i += Math.max(1, table.numParagraphs());
                    continue;
                }
                String text = clean(p.text());
                if (!text.isBlank()) {
                    blocks.add(new Paragraph(text.strip()));
                }
                i++;
            }
            return new Document(blocks);
        }
    }

    private static Table table(org.apache.poi.hwpf.usermodel.Table table) {
        List<Integer> edges = edges(table);
        TableGrid grid = new TableGrid();
        for (int r = 0; r < table.numRows(); r++) {
            ReadDeadline.check();
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int left = column(edges, cell.getLeftEdge());
                int span = Math.max(1, column(edges, cell.getLeftEdge() + cell.getWidth()) - left);
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
                    grid.continueFromAbove(r, left, span);
                } else if (!cell.isMerged() || cell.isFirstMerged()) {
                    grid.place(r, left, 1, span, cellText(cell));
                }
            }
        }
        return grid.toTable();
    }

    /** The grid lines: distinct cell edges over all rows, close ones taken as one. */
    private static List<Integer> edges(org.apache.poi.hwpf.usermodel.Table table) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                all.add(row.getCell(c).getLeftEdge());
                all.add(row.getCell(c).getLeftEdge() + row.getCell(c).getWidth());
            }
        }
        List<Integer> edges = new ArrayList<>();
        for (int edge : all) {
            if (edges.isEmpty() || edge - edges.get(edges.size() - 1) > EDGE_TOLERANCE) {
                edges.add(edge);
            }
        }
        return edges;
    }

    /** The grid column an edge opens: the index of the grid line it falls on. */
    private static int column(List<Integer> edges, int edge) {
        int best = 0;
        for (int i = 0; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - edge) < Math.abs(edges.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }

    /** A cell's paragraphs, its wrapped label lines joined. */
    private static String cellText(TableCell cell) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            lines.add(clean(cell.getParagraph(i).text()).strip());
        }
        return CellText.join(lines);
    }

    /** Without Word's cell and paragraph marks, and of a field only its result (not the code: PAGE, HYPERLINK …). */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean fieldCode = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0013' || c == '\u0014') {
                fieldCode = c == '\u0013';
            } else if (fieldCode || c == '\u0015') {
                continue;
            } else if (c == '\u0007' || c == '\r' || c == '\n' || c == '\u000B' || c == '\u000C') {
                out.append(c == '\u000B' ? '\n' : ' ');
            } else if (c >= ' ' || c == '\t') {
                out.append(c);
            }
        }
        return out.toString().replace('\u00A0', ' ').replaceAll(" +$", "");
    }
}
