package org.disclosure.etl.document.formats;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosure.etl.document.Block;
import org.disclosure.etl.document.CellText;
import org.disclosure.etl.document.Document;
import org.disclosure.etl.document.DocumentReader;
import org.disclosure.etl.document.Paragraph;
import org.disclosure.etl.document.ReadDeadline;
import org.disclosure.etl.document.Table;
import org.disclosure.etl.document.TableGrid;
import org.disclosure.etl.document.UnreadableDocumentException;
import org.disclosure.etl.document.pdf.PictureTables;
import org.disclosure.etl.document.scan.PixelBudget;
import org.disclosure.etl.document.scan.Tesseract;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word documents (OOXML). Paragraphs and tables in body order; merged cells laid out on the grid
 * (gridSpan, vMerge, gridBefore); text of tables nested in a cell kept in that cell. Headers and
 * footers are not part of the body and so are not read.
 */
public final class DocxReader implements DocumentReader {

    /** A picture smaller than this (pixels) is a logo or a stamp, not a table. */
    private static final int MIN_PICTURE_WIDTH = 400;
    private static final int MIN_PICTURE_HEIGHT = 150;

    private final Tesseract.Availability ocr;

    /** @param ocr Tesseract for tables pasted as pictures (without it, pictures are passed over) */
    public DocxReader(Tesseract.Availability ocr) {
        this.ocr = ocr;
    }

    @Override
    public Set<String> extensions() {
        return Set.of("docx");
    }

    @Override
    public Document read(byte[] content) throws UnreadableDocumentException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<Block> blocks = new ArrayList<>();
            for (IBodyElement element : docx.getBodyElements()) {
                ReadDeadline.check();
                if (element instanceof XWPFParagraph p) {
                    addParagraph(blocks, p.getText());
                    addPictures(blocks, p);
                } else if (element instanceof XWPFTable t) {
                    Table table = table(t);
                    if (!table.rows().isEmpty()) {
                        blocks.add(table);
                    }
                } else if (element instanceof XWPFSDT sdt) {
                    for (String line : sdt.getContent().getText().split("\\R")) {
                        addParagraph(blocks, line);
                    }
                }
            }
            return new Document(blocks);
        } catch (NotOfficeXmlFileException e) {
            throw new UnreadableDocumentException("not a DOCX file: " + UnreadableDocumentException.firstLineOf(e));
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException("DOCX is password-protected");
        } catch (ReadDeadline.Exceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String reason = UnreadableDocumentException.firstLineOf(e);
            if (reason.contains("Zip bomb")) {
                throw new UnreadableDocumentException("DOCX rejected: its compression ratio suggests a zip bomb");
            }
            throw new UnreadableDocumentException("corrupt DOCX: " + reason);
        }
    }

    /** The tables and text of the pictures in a paragraph, read by OCR where Tesseract is installed. */
    private void addPictures(List<Block> blocks, XWPFParagraph paragraph) throws IOException, UnreadableDocumentException {
        if (ocr.tesseract().isEmpty()) {
            return;
        }
        for (XWPFRun run : paragraph.getRuns()) {
            for (XWPFPicture picture : run.getEmbeddedPictures()) {
                byte[] data = picture.getPictureData().getData();
                Optional<long[]> size = PixelBudget.declaredSize(data);
                Optional<String> excess = size.flatMap(wh -> PixelBudget.excess("a picture", wh[0], wh[1]));
                if (excess.isPresent()) {
                    throw new UnreadableDocumentException(excess.get());
                }
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
                if (image != null && image.getWidth() >= MIN_PICTURE_WIDTH && image.getHeight() >= MIN_PICTURE_HEIGHT) {
                    blocks.addAll(PictureTables.read(image, picture.getWidth(), ocr.tesseract().get()));
                }
            }
        }
    }

    private static void addParagraph(List<Block> blocks, String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(new Paragraph(text.strip()));
        }
    }

    private static Table table(XWPFTable table) {
        TableGrid grid = new TableGrid();
        List<XWPFTableRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            ReadDeadline.check();
            XWPFTableRow row = rows.get(r);
            int column = grid.nextFree(r, gridBefore(row));
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr props = cell.getCTTc().getTcPr();
                int span = gridSpan(props);
                if (continuesAbove(props)) {
                    column = grid.nextFree(r, column);
                    grid.continueFromAbove(r, column, span);
                    column += span;
                } else {
                    column = grid.place(r, column, 1, span, text(cell));
                }
            }
        }
        return grid.toTable();
    }

    /** A cell's paragraphs joined, and the cells of any table nested in it after them. */
    private static String text(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                lines.add(p.getText());
            } else if (element instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    for (XWPFTableCell inner : row.getTableCells()) {
                        lines.add(text(inner));
                    }
                }
            }
        }
        return CellText.join(lines);
    }

    private static int gridSpan(CTTcPr props) {
        if (props == null || props.getGridSpan() == null) {
            return 1;
        }
        BigInteger span = props.getGridSpan().getVal();
        return span == null ? 1 : Math.max(1, span.intValue());
    }

    /** vMerge without a value, or with "continue", extends the cell above; "restart" starts one. */
    private static boolean continuesAbove(CTTcPr props) {
        return props != null && props.isSetVMerge()
                && (props.getVMerge().getVal() == null || props.getVMerge().getVal() == STMerge.CONTINUE);
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr props = row.getCtRow().getTrPr();
        if (props == null || props.sizeOfGridBeforeArray() == 0 || props.getGridBeforeArray(0).getVal() == null) {
            return 0;
        }
        return props.getGridBeforeArray(0).getVal().intValue();
    }

}
