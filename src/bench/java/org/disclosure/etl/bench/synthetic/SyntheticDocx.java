package org.disclosure.etl.bench.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosure.etl.report.Section;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Writes a known report as a Word document: title, the six sections, the tables laid out as printed (merged cells as Word merges them). */
public final class SyntheticDocx {

    private SyntheticDocx() {
    }

    public static byte[] build(KnownReport report) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.createParagraph().createRun().setText(report.title());
            List<PrintedTable> tables = PrintedTable.all(report);
            for (int s = 1; s <= 6; s++) {
                docx.createParagraph().createRun().setText(Section.of(s).heading());
                if (s >= 2 && s <= 4) {
                    render(docx.createTable(), tables.get(s - 2));
                } else {
                    docx.createParagraph().createRun().setText(Narrative.forSection(s, report));
                }
            }
            return bytes(docx);
        }
    }

    private static void render(XWPFTable table, PrintedTable printed) {
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int[] widths = printed.widths();
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        PrintedTable.Cell[] spanning = new PrintedTable.Cell[printed.columns()];
        int[] remaining = new int[printed.columns()];
        for (int r = 0; r < printed.rows().size(); r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0);
            }
            int column = 0;
            int next = 0;
            List<PrintedTable.Cell> cells = printed.rows().get(r);
            while (column < printed.columns()) {
                if (remaining[column] > 0) {
                    PrintedTable.Cell above = spanning[column];
                    XWPFTableCell cell = row.addNewTableCell();
                    props(cell, above.colSpan(), widths, column).addNewVMerge().setVal(STMerge.CONTINUE);
                    remaining[column]--;
                    column += above.colSpan();
                } else if (next < cells.size()) {
                    PrintedTable.Cell printedCell = cells.get(next++);
                    XWPFTableCell cell = row.addNewTableCell();
                    CTTcPr props = props(cell, printedCell.colSpan(), widths, column);
                    if (printedCell.rowSpan() > 1) {
                        props.addNewVMerge().setVal(STMerge.RESTART);
                        spanning[column] = printedCell;
                        remaining[column] = printedCell.rowSpan() - 1;
                    }
                    setText(cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0),
                            printedCell.text());
                    column += printedCell.colSpan();
                } else {
                    break;
                }
            }
        }
    }

    private static CTTcPr props(XWPFTableCell cell, int colSpan, int[] widths, int column) {
        CTTcPr props = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        int width = 0;
        for (int c = column; c < column + colSpan; c++) {
            width += widths[c];
        }
        CTTblWidth w = props.isSetTcW() ? props.getTcW() : props.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        if (colSpan > 1) {
            props.addNewGridSpan().setVal(BigInteger.valueOf(colSpan));
        }
        return props;
    }

    public static void setText(XWPFParagraph paragraph, String text) {
        while (!paragraph.getRuns().isEmpty()) {
            paragraph.removeRun(0);
        }
        paragraph.createRun().setText(text);
    }

    public static byte[] bytes(XWPFDocument docx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        docx.write(out);
        return out.toByteArray();
    }
}
