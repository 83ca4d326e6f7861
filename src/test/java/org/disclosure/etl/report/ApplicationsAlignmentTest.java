package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces of template-guided alignment, on the shapes converted text takes. */
class ApplicationsAlignmentTest {

    @Test
    void gluedDigitsAreCutOnlyWhereExactlyOneCutAddsUp() {
        List<List<String>> adding = GluedDigits.splits(List.of("21710000218"), 7).stream().filter(NumberRows::rowAddsUp).toList();
        assertThat(adding).containsExactly(List.of("217", "1", "0", "0", "0", "0", "218"));
        // 0 2 27 0 0 17 46 and 0 22 7 0 0 17 46 both add up: only the column totals can choose
        assertThat(GluedDigits.splits(List.of("0227001746"), 7).stream().filter(NumberRows::rowAddsUp).toList()).hasSize(2);
        assertThat(GluedDigits.splits(List.of("0000000"), 7)).containsExactly(List.of("0", "0", "0", "0", "0", "0", "0"));
        assertThat(GluedDigits.splits(List.of("12", "-"), 7)).as("too few digits").isEmpty();
    }

    @Test
    void aTotalPrintedOnTheLineAboveItsRowJoinsIt() {
        var rows = NumberRows.of(List.of(
                "（二）部分公开（区分处理的，只计这一情              22",
                "                 17      0     5      0     0     0",
                "形，不计其他情形）")).orElseThrow();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.cells()).containsExactly("17", "0", "5", "0", "0", "0", "22");
            assertThat(r.evidence()).isEqualTo("(二)部分公开"); // the remark, wrapped over both lines, is dropped whole
        });
    }

    @Test
    void aTableRowOfDigitsRunTogetherIsSkippedAsUnparseableWhereNothingCanCheckIt() {
        SectionFacts mapped = SectionFacts.map(Section.of(3).table(), List.of(new SourceRow("（一）予以公开", "", List.of("21710000218"))),
                Template.T2021);
        assertThat(mapped.facts()).isEmpty();
        assertThat(mapped.skipped()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.UNPARSEABLE_NUMBER);
            assertThat(s.message()).isEqualTo("granted: digits run together (21710000218); not cut into 7 cells where the table's arithmetic cannot say how");
        });
    }

    @Test
    void aConvertedRowWhoseTotalDoesNotAddUpIsInDoubtAndSkipped() {
        List<SourceRow> groups = ConvertedRows.verified(4, List.of(new SourceRow("", "",
                List.of("4", "0", "0", "6", "10", "2", "1", "7", "1", "3", "1", "4", "0", "1", "6"))));
        assertThat(groups).extracting(SourceRow::doubt).containsExactly("",
                "read from converted text, the total 3 is not the sum 11 of upheld, corrected, other and pending: the converter's order of the numbers cannot be trusted",
                "");
        SectionFacts mapped = SectionFacts.map(Section.of(4).table(), groups, Template.T2021);
        assertThat(mapped.facts()).hasSize(10);
        assertThat(mapped.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo(SkipReason.TEXT_UNVERIFIED));
        assertThat(mapped.rowsPrinted()).isEqualTo(mapped.rowsLoaded() + mapped.skipped().size());

        // 洪泽区 2023 printed its review total as 0 beside 10 and 1: adding up in no order, it is the report's own slip
        assertThat(ConvertedRows.verified(4, List.of(new SourceRow("", "",
                List.of("10", "1", "0", "0", "0", "0", "0", "0", "0", "0", "5", "0", "0", "0", "0")))))
                .extracting(SourceRow::doubt).containsOnly("");
    }
}
