package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberCellTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "-", "—", "——", "/", "无", "－", " - "})
    void blankCellsAreZero(String raw) {
        NumberCell cell = NumberCell.parse(raw).orElseThrow();
        assertThat(cell.blank()).isTrue();
        assertThat(cell.value()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "+85;85;NONE", "-825;-825;NONE", "1,234;1234;NONE", "１２３４;1234;NONE", "１，２３４;1234;NONE",
        "－２;-2;NONE", "15122.275 万元;15122.275;TEN_THOUSAND_YUAN", "62423198.43元;62423198.43;YUAN",
        "3件;3;COUNT_WORD", " 1 ;1;NONE", "0;0;NONE"})
    void numbersAreNormalized(String raw, String value, NumberCell.Scale scale) {
        NumberCell cell = NumberCell.parse(raw).orElseThrow();
        assertThat(cell.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(cell.scale()).isEqualTo(scale);
        assertThat(cell.blank()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 0", "约3", "3%", "1,23", "十二", "N/A", "1.2.3", "3-4"})
    void anythingElseIsNotANumber(String raw) {
        assertThat(NumberCell.parse(raw)).isEmpty();
    }
}
