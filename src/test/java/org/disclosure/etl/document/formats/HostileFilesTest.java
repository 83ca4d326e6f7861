package org.disclosure.etl.document.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.disclosure.etl.document.Document;
import org.disclosure.etl.document.Paragraph;
import org.disclosure.etl.document.ReadDeadline;
import org.disclosure.etl.document.UnreadableDocumentException;
import org.disclosure.etl.document.pdf.PdfReader;
import org.disclosure.etl.document.scan.Tesseract;
import org.disclosure.etl.fixtures.HostileFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Files built to hurt a reader fail alone, with a reason, instead of taking the run down or holding it for hours. */
class HostileFilesTest {

    @AfterEach
    void noDeadline() {
        ReadDeadline.clear();
    }

    @Test
    void htmlNestedAHundredThousandDeepIsReadWithoutOverflowingTheStack() throws Exception {
        Document page = new HtmlReader().read(HostileFiles.nestedHtml(100_000));
        assertThat(page.blocks()).singleElement().isEqualTo(new Paragraph("政府信息公开工作年度报告"));
        Document fonts = new HtmlReader().read(HostileFiles.unclosedFonts(30_000));
        assertThat(fonts.blocks()).singleElement().satisfies(b -> assertThat(((Paragraph) b).text()).hasSize(30_000));
    }

    @Test
    void aPageRuledIntoAHugeGridFailsWithItsSizeNotAfterMinutes() throws Exception {
        byte[] grid = HostileFiles.ruledGridPdf(700);
        assertThatThrownBy(() -> new PdfReader(300, Tesseract.Availability.none("not here")).read(grid)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("page 1 is ruled into 700 × 700 cells, over the limit of 10000 cells a table (not a report's table)");
    }

    @Test
    void aReaderOutOfTimeStopsAtItsNextCheck() {
        ReadDeadline.start(Duration.ZERO);
        assertThatThrownBy(() -> new TextReader().read("一、总体情况\n".repeat(1000).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(ReadDeadline.Exceeded.class)
                .hasMessage("time limit: reading took over 0 s (ingest.max-seconds-per-file)");
        ReadDeadline.clear();
        ReadDeadline.check(); // no deadline: free
    }
}
