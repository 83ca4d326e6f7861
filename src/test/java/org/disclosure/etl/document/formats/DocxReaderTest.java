package org.disclosure.etl.document.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.disclosure.etl.document.Document;
import org.disclosure.etl.document.Paragraph;
import org.disclosure.etl.document.Table;
import org.disclosure.etl.document.scan.Tesseract;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxReaderTest {

    @Test
    void bodyInOrderMergedCellsOnTheirGridNestedTablesKeptHeadersIgnored() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页眉：XX县人民政府");
            doc.createParagraph().createRun().setText("三、收到和处理政府信息公开申请情况");
            XWPFTable table = doc.createTable(3, 3);
            table.getRow(0).getCell(0).setText("（三）不予公开");
            table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(0).getCell(1).setText("1.属于国家秘密");
            table.getRow(0).getCell(2).setText("2");
            table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge(); // continue, no value
            table.getRow(1).getCell(1).setText("2.其他法律行政法规禁止公开");
            XWPFTableCell nestedHolder = table.getRow(1).getCell(2);
            XWPFTable nested = nestedHolder.insertNewTbl(nestedHolder.getParagraphArray(0).getCTP().newCursor());
            nested.getCTTbl().addNewTblPr();
            nested.createRow().createCell().setText("0");
            table.getRow(2).getCell(0).setText("（七）总计");
            table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(2).removeCell(1);
            table.getRow(2).getCell(1).setText("2");
            doc.createParagraph().createRun().setText("四、政府信息公开行政复议、行政诉讼情况");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            docx = out.toByteArray();
        }

        Document read = new DocxReader(Tesseract.Availability.none("not here")).read(docx);

        assertThat(read.blocks()).hasSize(3);
        assertThat(read.blocks().get(0)).isEqualTo(new Paragraph("三、收到和处理政府信息公开申请情况"));
        assertThat(((Table) read.blocks().get(1)).rows()).containsExactly(
                List.of("（三）不予公开", "1.属于国家秘密", "2"),
                List.of("（三）不予公开", "2.其他法律行政法规禁止公开", "0"),
                List.of("（七）总计", "2"));
        assertThat(read.blocks().get(2)).isEqualTo(new Paragraph("四、政府信息公开行政复议、行政诉讼情况"));
    }
}
