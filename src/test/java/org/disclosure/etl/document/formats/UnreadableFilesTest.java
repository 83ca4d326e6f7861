package org.disclosure.etl.document.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosure.etl.document.Document;
import org.disclosure.etl.document.Table;
import org.disclosure.etl.document.UnreadableDocumentException;
import org.disclosure.etl.document.scan.Tesseract;
import org.disclosure.etl.report.LocatedReport;
import org.disclosure.etl.report.ReportReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files that cannot be read fail alone, each with the one-line reason an operator sees. */
class UnreadableFilesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad/user-password.pdf | PDF is encrypted with a user password
            bad/scanned.pdf       | not a disclosure annual report: no section headings or statistical tables found
            bad/truncated.pdf     | truncated PDF: the file ends before its end-of-file marker
            bad/not-a-zip.docx    | not a DOCX file
            """)
    void failsWithItsReason(String file, String reason) throws Exception {
        byte[] content = Files.readAllBytes(FIXTURES.resolve(file));
        assertThatThrownBy(() -> new ReportReading(DocumentReaders.standard()).read(file, content))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith(reason)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aPdfThatIsNoPdf() {
        assertThatThrownBy(() -> DocumentReaders.standard().forFile("x.pdf").orElseThrow()
                .read("<html>404 Not Found</html>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("not a PDF file");
    }

    @Test
    void aCorruptPdfBody() {
        byte[] garbage = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> DocumentReaders.standard().forFile("x.pdf").orElseThrow().read(garbage))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("corrupt PDF");
    }

    @Test
    void aDocThatIsNoWordDocumentWithoutLibreOfficeSaysWhatToInstall() throws Exception {
        byte[] rtf = "{\\rtf1\\ansi 沂源县2021年政府信息公开工作年度报告}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new LegacyWordReader("/nonexistent/soffice", Tesseract.Availability.none("not here")).read(rtf))
                .hasMessageStartingWith("legacy Word/WPS file that is not a Word 97-2003 document (")
                .hasMessageEndingWith("): install LibreOffice (soffice) to convert it, or publish it as DOCX or PDF");
    }

    @Test
    void legacyWordIsReadInProcessWithoutLibreOffice() throws Exception {
        byte[] doc = Files.readAllBytes(FIXTURES.resolve("doc/built-2019.doc"));
        Document read = new LegacyWordReader("/nonexistent/soffice", Tesseract.Availability.none("not here")).read(doc);
        assertThat(read.blocks()).filteredOn(Table.class::isInstance).hasSizeGreaterThanOrEqualTo(3);
    }

    /** Runs where LibreOffice is installed (not in CI): a .doc HWPF cannot open (here RTF) is converted. */
    @Test
    void whatHwpfCannotOpenIsConvertedWhereLibreOfficeIsInstalled() throws Exception {
        assumeTrue(LegacyWordReader.isInstalled(DocumentReaders.SOFFICE), "soffice not installed");
        byte[] rtf = "{\\rtf1\\ansi\\ansicpg936 \\u19968?\\u12289?}".getBytes(StandardCharsets.US_ASCII);
        assertThat(new LegacyWordReader(DocumentReaders.SOFFICE, Tesseract.Availability.none("not here")).read(rtf).blocks()).isNotEmpty();
    }

    @Test
    void aWpsFileThatIsAWordDocumentInsideIsReadAsOne() throws Exception {
        byte[] wps = Files.readAllBytes(FIXTURES.resolve("doc/built-2019.doc"));
        LocatedReport report = new ReportReading(DocumentReaders.standard()).read("built-2019.wps", wps);
        assertThat(report.title().agency()).isEqualTo("盐池县人民政府");
        assertThat(report.rows(3)).hasSize(23);
        assertThat(report.missingSections()).isEmpty();
    }
}
