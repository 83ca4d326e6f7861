package org.disclosure.etl.document.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.time.Duration;
import java.util.zip.CRC32;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.disclosure.etl.document.UnreadableDocumentException;
import org.disclosure.etl.document.pdf.PdfReader;
import org.disclosure.etl.document.scan.Tesseract;
import org.junit.jupiter.api.Test;

/**
 * Issue 29, item 14: a small file declaring an enormous page or picture fails at once with its size,
 * before any pixel is rendered or decoded (it took 60–95 s and ~3 GB of heap, past the time limit).
 */
class OversizedImagesTest {

    private static final Tesseract.Availability OCR = Tesseract.find(Tesseract.COMMAND);
    private static final Duration AT_ONCE = Duration.ofSeconds(10);

    private static byte[] save(PDDocument pdf) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pdf.save(bytes);
        return bytes.toByteArray();
    }

    /** A page of {@code inches} square painting one small image across it: a scan, to the reader. */
    private static byte[] imagePage(float inches) throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(inches * 72, inches * 72));
            pdf.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(pdf, new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY));
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(image, 0, 0, inches * 72, inches * 72);
            }
            return save(pdf);
        }
    }

    @Test
    void aHundredInchPageFailsWithItsSizeBeforeItIsRendered() throws Exception {
        byte[] pdf = imagePage(100);
        assertThat(pdf.length).isLessThan(4000);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(AT_ONCE, () ->
                assertThatThrownBy(() -> new PdfReader(300, OCR).read(pdf)).isInstanceOf(UnreadableDocumentException.class)
                        .hasMessage("scanned page 1: the page (100 × 100 in at 300 dpi) is 30000 × 30000 pixels,"
                                + " over the limit of 60 million pixels for OCR"));
    }

    @Test
    void anA4PageWithAnImageDeclaringThirtyThousandSquaredPixelsFailsBeforeItIsDecoded() throws Exception {
        byte[] bytes;
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            COSStream stream = pdf.getDocument().createCOSStream();
            try (var out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(new byte[4096]); // a few rows of the 900 million pixels it claims
            }
            stream.setItem(COSName.TYPE, COSName.XOBJECT);
            stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
            stream.setInt(COSName.WIDTH, 30_000);
            stream.setInt(COSName.HEIGHT, 30_000);
            stream.setInt(COSName.BITS_PER_COMPONENT, 8);
            stream.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
            PDImageXObject image = new PDImageXObject(new org.apache.pdfbox.pdmodel.common.PDStream(stream), null);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            bytes = save(pdf);
        }
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(AT_ONCE, () ->
                assertThatThrownBy(() -> new PdfReader(300, OCR).read(bytes)).isInstanceOf(UnreadableDocumentException.class)
                        .hasMessage("scanned page 1: an image on it is 30000 × 30000 pixels, over the limit of 60 million pixels for OCR"));
    }

    @Test
    void aDocxPictureOfTwentyThousandSquaredPixelsFailsBeforeItIsDecoded() throws Exception {
        byte[] png = pngHeaderOnly(20_000, 20_000);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("某某县人民政府2023年政府信息公开工作年度报告");
            doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "table.png",
                    Units.toEMU(400), Units.toEMU(400));
            doc.write(docx);
        }
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(AT_ONCE, () ->
                assertThatThrownBy(() -> new DocxReader(OCR).read(docx.toByteArray())).isInstanceOf(UnreadableDocumentException.class)
                        .hasMessage("a picture is 20000 × 20000 pixels, over the limit of 60 million pixels for OCR"));
    }

    /** A PNG that declares its size in its header and holds one compressed row: all a bomb needs. */
    private static byte[] pngHeaderOnly(int width, int height) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit grey, deflate, no filter, not interlaced
        chunk(out, "IHDR", ihdr.toByteArray());
        ByteArrayOutputStream row = new ByteArrayOutputStream();
        try (var z = new java.util.zip.DeflaterOutputStream(row)) {
            z.write(new byte[width + 1]);
        }
        chunk(out, "IDAT", row.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws Exception {
        out.writeInt(data.length);
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
