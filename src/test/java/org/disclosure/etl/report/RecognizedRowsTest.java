package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers read by OCR stand only where the table's own arithmetic confirms them. */
class RecognizedRowsTest {

    @Test
    void aRowWhoseColumnsAddUpStandsWithTheOcrMarksRemoved() {
        SourceRow row = new SourceRow("一、本年新收政府信息公开申请数量", "", List.of("174", "?142", "142", "164", "172", "68", "862"));

        assertThat(RecognizedRows.confirmed(3, List.of(row))).singleElement().satisfies(r -> {
            assertThat(r.doubt()).isEmpty();
            assertThat(r.cells()).containsExactly("174", "142", "142", "164", "172", "68", "862");
        });
    }

    @Test
    void aMisreadDigitBreaksTheSumAndTheRowIsSkipped() {
        SourceRow row = new SourceRow("（一）予以公开", "", List.of("0", "3", "0", "8", "16", "0", "26"));

        SourceRow checked = RecognizedRows.confirmed(3, List.of(row)).get(0);

        assertThat(checked.doubtReason()).isEqualTo(SkipReason.OCR_UNVERIFIED);
        assertThat(checked.doubt()).isEqualTo("read by OCR: the total 26 is not the sum 27 of the six applicant columns, so a number may be misread");
        assertThat(SectionFacts.map(Section.of(3).table(), List.of(checked), Template.T2021).skipped())
                .singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo(SkipReason.OCR_UNVERIFIED));
    }

    @Test
    void aCellWithInkButNoReadingIsNeverZero() {
        SourceRow row = new SourceRow("（一）予以公开", "", List.of("?", "0", "0", "0", "9", "0", "9"));

        assertThat(RecognizedRows.confirmed(3, List.of(row)).get(0).doubt())
                .isEqualTo("read by OCR: a printed cell could not be read, so the row total cannot confirm the row");
    }

    @Test
    void sectionFourGroupsAreCheckedEachOnItsOwn() {
        SourceRow row = new SourceRow("", "", List.of("5", "0", "0", "3", "8", "0", "0", "0", "5", "5", "1", "0", "4", "0", "9"));

        List<SourceRow> groups = RecognizedRows.confirmed(4, List.of(row));

        assertThat(groups).extracting(SourceRow::doubt).containsExactly("", "",
                "read by OCR: the total 9 is not the sum 5 of upheld, corrected, other and pending, so a number may be misread");
        assertThat(SectionFacts.map(Section.of(4).table(), groups, Template.T2021).facts()).hasSize(10);
    }

    @Test
    void sectionTwoStandsOnlyWhereEveryNumberWasReadSurely() {
        List<SourceRow> rows = RecognizedRows.confirmed(2, List.of(
                new SourceRow("规章", "", List.of("11", "165", "0")),
                new SourceRow("行政规范性文件", "", List.of("?231", "0", "186"))));

        assertThat(rows).extracting(SourceRow::doubt)
                .containsExactly("", "read by OCR at low confidence, and section 2 has no total to confirm it");
    }

    @Test
    void aPieceOfHeaderWithoutNumbersIsNoRow() {
        SourceRow fragment = new SourceRow("", "", List.of("", "开", "", "", "", "", ""));
        SourceRow dashes = new SourceRow("（一）予以公开", "", List.of("-", "-", "-", "-", "-", "-", "-"));

        assertThat(RecognizedRows.confirmed(3, List.of(fragment, dashes))).singleElement()
                .satisfies(r -> assertThat(r.label()).isEqualTo("（一）予以公开"));
    }

    @Test
    void aMisreadLabelBetweenTwoKnownRowsIsTheRowTheFormPrintsThere() {
        List<String> numbers = List.of("178", "145", "141", "165", "173", "66", "868");
        List<SourceRow> rows = RecognizedRows.namedByNeighbours(List.of(
                new SourceRow("（六）其他处理 3.其他", "", List.of("0", "0", "6", "28", "29", "14", "77")),
                new SourceRow("三、素年度办理结果（七总讨", "", numbers),
                new SourceRow("四、结转下年度继续办理", "", List.of("0", "2", "4", "2", "3", "2", "13"))), Template.T2021);

        assertThat(rows.get(1).label()).isEqualTo("（七）总计");
        assertThat(SectionFacts.map(Section.of(3).table(), rows.subList(1, 2), Template.T2021).facts())
                .extracting(Fact::rowCode).containsOnly("total_processed");
    }

    @Test
    void whereTheFormAllowsSeveralRowsTheMisreadLabelStays() {
        // between （五）5 and （七）总计 the form prints （六） as one row or as three: no inference
        List<SourceRow> rows = RecognizedRows.namedByNeighbours(List.of(
                new SourceRow("（五）不予处理 5.要求行政机关确认或重新出具已获取信息", "", List.of("0", "0", "0", "1", "0", "9", "10")),
                new SourceRow("（六）具他外埋", "", List.of("20", "0", "0", "0", "0", "0", "20")),
                new SourceRow("（七）总计", "", List.of("178", "145", "141", "165", "173", "66", "868"))), Template.T2021);

        assertThat(rows.get(1).label()).isEqualTo("（六）具他外埋");
    }
}
