package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionTablesTest {

    private final SectionTable proactive = Section.of(2).table();
    private final SectionTable applications = Section.of(3).table();

    @Test
    void feesIn2021AreInTenThousandYuanAsTheHeaderStates() throws Exception {
        var facts = proactive.map(new SourceRow("行政事业性收费", "信息内容 本年收费金额（单位：万元）", List.of("12.5")), Template.T2021);
        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo(new BigDecimal("125000"));
            assertThat(f.unit()).isEqualTo(Unit.YUAN);
            assertThat(f.raw()).isEqualTo("12.5");
        });
    }

    @Test
    void unparseableNumberSkipsTheRow() {
        assertThatThrownBy(() -> applications.map(new SourceRow("（一）予以公开", "", List.of("1", "约3", "0", "0", "0", "0", "4")), Template.T2019))
                .isInstanceOfSatisfying(RowSkipException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SkipReason.UNPARSEABLE_NUMBER);
                    assertThat(e.row().rowCode()).isEqualTo("granted");
                });
    }

    @Test
    void negativeCountOutsideChangeColumnsSkipsTheRow() {
        assertThatThrownBy(() -> applications.map(new SourceRow("（一）予以公开", "", List.of("-1", "0", "0", "0", "0", "0", "-1")), Template.T2019))
                .isInstanceOfSatisfying(RowSkipException.class, e -> assertThat(e.reason()).isEqualTo(SkipReason.NEGATIVE_VALUE));
    }

    @Test
    void unknownRowWithNumbersIsSkippedAndWithoutNumbersIgnored() throws Exception {
        assertThatThrownBy(() -> applications.map(new SourceRow("（八）其他情况", "", List.of("1", "0", "0", "0", "0", "0", "1")), Template.T2019))
                .isInstanceOfSatisfying(RowSkipException.class, e -> assertThat(e.reason()).isEqualTo(SkipReason.UNKNOWN_ROW));
        assertThat(applications.map(new SourceRow("申请人情况", "", List.of("", " ")), Template.T2019)).isEmpty();
    }

    @Test
    void reviewAndLitigationPrintedAsThreeLabelledRows() throws Exception {
        var facts = Section.of(4).table().map(new SourceRow("复议后起诉", "", List.of("1", "0", "0", "1", "2")), Template.T2021);
        assertThat(facts).extracting(Fact::rowCode).containsOnly("litigation_after_review");
        assertThat(facts).extracting(f -> f.value().intValue()).containsExactly(1, 0, 0, 1, 2);
    }
}
