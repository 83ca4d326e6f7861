package org.disclosure.etl.document.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.disclosure.etl.document.Block;
import org.disclosure.etl.document.Document;
import org.disclosure.etl.document.DocumentReader;
import org.disclosure.etl.document.Paragraph;
import org.disclosure.etl.document.ReadDeadline;
import org.disclosure.etl.document.Table;
import org.disclosure.etl.document.ReadMethod;
import org.disclosure.etl.document.UnreadableDocumentException;

/**
 * Plain text and Markdown reports, as harvesters save them. Three table layouts occur:
 * <ul>
 *   <li>one row per line, cells separated by tabs (or Markdown pipes);</li>
 *   <li>one cell per line, each line starting with a tab, a blank line ending the row, and a cell's
 *       wrapped text continuing on lines without a tab (Word's "save as text");</li>
 *   <li>text extracted from PDF, with no table structure at all: those lines stay paragraphs and the
 *       report parser rebuilds rows from them (see {@code LooseRows}).</li>
 * </ul>
 */
public final class TextReader implements DocumentReader {

    private static final Pattern NOISE = Pattern.compile("\\[(?:bookmark|image):[^\\]]*\\]");
    private static final Pattern PAGE_MARK = Pattern.compile(
            "^\\s*(?:[-—–－]\\s*\\d{1,4}\\s*[-—–－]|第\\s*\\d{1,4}\\s*页(?:\\s*[/，,]?\\s*共\\s*\\d{1,4}\\s*页)?)\\s*$");
    private static final Pattern LONE_NUMBER = Pattern.compile("^\\s*\\d{1,3}\\s*$");
    private static final Pattern NUMBER_CELL = Pattern.compile("^[+\\-−－]?[\\d０-９][\\d０-９,，.．]*\\s*(?:万元|元)?$");
    private static final Pattern CELL_LINE = Pattern.compile("^\t[^\t]*$");
    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s*");
    private static final Pattern MD_PIPE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern MD_PIPE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}.*$");

    @Override
    public Set<String> extensions() {
        return Set.of("txt", "md", "markdown");
    }

    @Override
    public Document read(byte[] content) throws UnreadableDocumentException {
        String text = TextDecoding.decode(content);
        if (text.isBlank()) {
            throw new UnreadableDocumentException("file holds no text");
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
            ReadDeadline.check();
            lines.add(clean(line));
        }
        return new Builder(cellPerLine(lines)).build(lines);
    }

    private static String clean(String line) {
        String cleaned = NOISE.matcher(line).replaceAll("");
        cleaned = MD_HEADING.matcher(cleaned).replaceFirst("");
        return cleaned.replace("**", "");
    }

    /** Word's one-cell-per-line layout is told apart by lines holding a single tab at their start. */
    private static boolean cellPerLine(List<String> lines) {
        int cellLines = 0;
        int rowLines = 0;
        for (String line : lines) {
            if (CELL_LINE.matcher(line).matches()) {
                cellLines++;
            } else if (line.indexOf('\t') >= 0) {
                rowLines++;
            }
        }
        return cellLines > rowLines;
    }

    /** Walks the lines once, collecting paragraphs and tables in reading order. */
    private static final class Builder {
        private final boolean cellPerLine;
        private final List<Block> blocks = new ArrayList<>();
        private List<List<String>> table;
        private List<String> row;
        private boolean lastLineWasCell;
        private boolean tabbedFile;

        Builder(boolean cellPerLine) {
            this.cellPerLine = cellPerLine;
        }

        Document build(List<String> lines) {
            tabbedFile = lines.stream().anyMatch(l -> l.indexOf('\t') >= 0 || MD_PIPE_ROW.matcher(l).matches());
            for (String line : lines) {
                accept(line);
            }
            endTable();
            return new Document(blocks);
        }

        private void accept(String line) {
            if (cellPerLine && line.startsWith("\t")) {
                if (row == null) {
                    row = new ArrayList<>();
                }
                row.add(line.substring(1));
                lastLineWasCell = true;
                return;
            }
            if (line.isBlank()) {
                endRow();
                lastLineWasCell = false;
                return;
            }
            if (PAGE_MARK.matcher(line).matches()) {
                return;
            }
            if (MD_PIPE_ROW.matcher(line).matches()) {
                if (!MD_PIPE_RULE.matcher(line).matches()) {
                    String inner = line.strip();
                    addRow(List.of(inner.substring(1, inner.length() - 1).split("\\|", -1)));
                }
                return;
            }
            if (cellPerLine && lastLineWasCell && row != null && isWrappable(row.get(row.size() - 1))) {
                // A label cell's text wrapped onto the next line: CJK text joins without a space.
                int last = row.size() - 1;
                row.set(last, row.get(last) + line.strip());
                return;
            }
            if (!cellPerLine && line.indexOf('\t') >= 0) {
                addRow(List.of(line.split("\t", -1)));
                return;
            }
            // A lone small number between tables of a tabbed file is a page number.
            if (tabbedFile && LONE_NUMBER.matcher(line).matches()) {
                return;
            }
            endTable();
            lastLineWasCell = false;
            blocks.add(new Paragraph(line.strip()));
        }

        /** Only words wrap inside a cell; a line after a number cell starts something new. */
        private static boolean isWrappable(String cell) {
            return !cell.isBlank() && !NUMBER_CELL.matcher(cell.strip()).matches();
        }

        private void addRow(List<String> cells) {
            endRow();
            if (table == null) {
                table = new ArrayList<>();
            }
            table.add(cells);
        }

        private void endRow() {
            if (row != null) {
                if (table == null) {
                    table = new ArrayList<>();
                }
                table.add(row);
                row = null;
            }
        }

        private void endTable() {
            endRow();
            if (table != null && !table.isEmpty()) {
                blocks.add(new Table(table, ReadMethod.TEXT, List.of()));
            }
            table = null;
        }
    }
}
