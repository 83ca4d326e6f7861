package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionFactsTest {

    private static final SectionTable APPLICATIONS = Section.of(3).table();

    private static List<String> cells(String... values) {
        return List.of(values);
    }

    @Test
    void rowPrintedTwiceLoadsItsFirstPrintingOnly() {
        SourceRow granted = new SourceRow("（一）予以公开", "", cells("82", "0", "0", "0", "0", "0", "82"));
        SourceRow again = new SourceRow("（一）予以公开", "", cells("99", "0", "0", "0", "0", "0", "99"));
        SectionFacts mapped = SectionFacts.map(APPLICATIONS, List.of(granted, again), Template.T2021);
        assertThat(mapped.facts()).hasSize(7);
        assertThat(mapped.facts()).filteredOn(f -> f.columnCode().equals("natural_person"))
                .extracting(Fact::value).containsExactly(new BigDecimal("82"));
        assertThat(mapped.skipped()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.DUPLICATE_ROW);
            assertThat(s.tableCode()).isEqualTo("s3_applications");
            assertThat(s.rowCode()).isEqualTo("granted");
            assertThat(s.label()).isEqualTo("（一）予以公开");
        });
    }

    @Test
    void unreadableRowIsSkippedWithItsReasonAndTheOthersLoad() {
        SourceRow unknown = new SourceRow("本年度合计收费", "", cells("3", "0", "0", "0", "0", "0", "3"));
        SourceRow granted = new SourceRow("（一）予以公开", "", cells("82", "0", "0", "0", "0", "0", "82"));
        SectionFacts mapped = SectionFacts.map(APPLICATIONS, List.of(unknown, granted), Template.T2021);
        assertThat(mapped.facts()).hasSize(7);
        assertThat(mapped.skipped()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.UNKNOWN_ROW);
            assertThat(s.tableCode()).isEqualTo("s3_applications");
            assertThat(s.rowCode()).isEmpty();
        });
    }

    @Test
    void furnitureRowsYieldNothing() {
        SectionFacts mapped = SectionFacts.map(APPLICATIONS, List.of(new SourceRow("申请人情况", "", cells("", "-", ""))), Template.T2021);
        assertThat(mapped.facts()).isEmpty();
        assertThat(mapped.skipped()).isEmpty();
    }

    /** A row OCR could not confirm is skipped under the template row its label names, so an operator can complete it; its facts carry how they were read. */
    @Test
    void aDoubtedRowIsSkippedUnderItsTemplateRowAndReadRowsKeepTheirMethodAndPlace() {
        org.disclosure.etl.document.PrintedPlace place = new org.disclosure.etl.document.PrintedPlace(3, 56.7f, 300.2f, 538.6f, 318.9f);
        SourceRow doubted = new SourceRow("（一）予以公开", "", cells("0", "3", "0", "6", "16", "0", "26"))
                .readBy(org.disclosure.etl.document.ReadMethod.OCR, place).unconfirmed("read by OCR: the total 26 is not the sum 25");
        SourceRow confirmed = new SourceRow("（二）部分公开", "", cells("17", "0", "0", "0", "40", "0", "57"))
                .readBy(org.disclosure.etl.document.ReadMethod.OCR, place);
        SectionFacts mapped = SectionFacts.map(APPLICATIONS, List.of(doubted, confirmed), Template.T2021);
        assertThat(mapped.skipped()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.OCR_UNVERIFIED);
            assertThat(s.tableCode()).isEqualTo("s3_applications");
            assertThat(s.rowCode()).isEqualTo("granted");
        });
        assertThat(mapped.facts()).hasSize(7).allSatisfy(f -> {
            assertThat(f.method()).isEqualTo(org.disclosure.etl.document.ReadMethod.OCR);
            assertThat(f.place()).isEqualTo(place);
        });
    }
}
