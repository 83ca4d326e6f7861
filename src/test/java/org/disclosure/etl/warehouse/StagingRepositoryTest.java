package org.disclosure.etl.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disclosure.etl.document.PrintedPlace;
import org.disclosure.etl.document.ReadMethod;
import org.disclosure.etl.report.SkipReason;
import org.disclosure.etl.report.SourceRow;
import org.junit.jupiter.api.Test;

class StagingRepositoryTest {

    @Test
    void rowsSurviveStagingExactly() {
        List<SourceRow> rows = List.of(
                new SourceRow("", "", List.of()),
                new SourceRow("（一）本年新收政府信息公开申请数量", "", List.of("")),
                new SourceRow("label 3:x;", "万元", List.of("", "")),
                new SourceRow("一、本年新收", "申请人情况", List.of("0", "", "1,234", "a\u001Fb", "12:34;", "多行\n文字")));
        assertThat(StagingRepository.decode(StagingRepository.encode(rows))).isEqualTo(rows);
        assertThat(StagingRepository.decode(StagingRepository.encode(List.of()))).isEmpty();
    }

    @Test
    void nulBecomesReplacementCharacter() {
        List<SourceRow> decoded = StagingRepository.decode(StagingRepository.encode(List.of(new SourceRow("a\u0000", "", List.of("1\u00002")))));
        assertThat(decoded.get(0).label()).isEqualTo("a\uFFFD");
        assertThat(decoded.get(0).cells()).containsExactly("1\uFFFD2");
    }

    @Test
    void aRowInDoubtKeepsItsReasonAndRowsStagedBeforeDoubtsReadAsTheyWere() {
        List<SourceRow> rows = List.of(new SourceRow("行政复议", "", List.of("2", "1", "7", "1", "3"), "the total 3 is not the sum 11"),
                new SourceRow("!1:x", "", List.of("5")));
        assertThat(StagingRepository.decode(StagingRepository.encode(rows))).isEqualTo(rows);
        assertThat(StagingRepository.decode("7:（一）予以公开0:1;1:9")).containsExactly(new SourceRow("（一）予以公开", "", List.of("9")));
    }

    @Test
    void aRowOcrCouldNotConfirmStaysAnOcrDoubt() {
        SourceRow unconfirmed = new SourceRow("（一）予以公开", "", List.of("0", "3", "0", "6", "16", "0", "26"))
                .unconfirmed("read by OCR: the total 26 is not the sum 25");
        List<SourceRow> decoded = StagingRepository.decode(StagingRepository.encode(List.of(unconfirmed)));
        assertThat(decoded).containsExactly(unconfirmed);
        assertThat(decoded.get(0).doubtReason()).isEqualTo(SkipReason.OCR_UNVERIFIED);
    }

    /** How a row was read and where it was printed survive staging, doubts included; a row staged before either was kept reads as text. */
    @Test
    void aRowKeepsHowItWasReadAndWhereItWasPrinted() {
        SourceRow scanned = new SourceRow("（一）予以公开", "", List.of("0", "3", "?7")).readBy(ReadMethod.OCR,
                new PrintedPlace(3, 56.7f, 300.25f, 538.6f, 318.9f)).unconfirmed("read by OCR: a printed cell could not be read");
        SourceRow converted = new SourceRow("规章", "", List.of("0", "5")).readBy(ReadMethod.TEXT, null);
        List<SourceRow> decoded = StagingRepository.decode(StagingRepository.encode(List.of(scanned, converted)));
        assertThat(decoded.get(0).method()).isEqualTo(ReadMethod.OCR);
        assertThat(decoded.get(0).place()).isEqualTo(new PrintedPlace(3, 56.7f, 300.3f, 538.6f, 318.9f));
        assertThat(decoded.get(0).doubtReason()).isEqualTo(SkipReason.OCR_UNVERIFIED);
        assertThat(decoded.get(1)).isEqualTo(converted);
        assertThat(StagingRepository.decode("7:（一）予以公开0:1;1:9").get(0).method()).isEqualTo(ReadMethod.TEXT);
    }
}
