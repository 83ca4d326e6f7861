package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellAlignmentTest {

    @Test
    void paddingAroundExactlyTheColumnsIsDropped() {
        var result = CellAlignment.align(List.of("", "2", "0", "0", "0", "0", "0", "2", ""), 7);
        assertThat(result).isEqualTo(new CellAlignment.Aligned(List.of("2", "0", "0", "0", "0", "0", "2")));
    }

    @Test
    void aBlankCellThatCouldBeEitherEndIsReadWhenBothReadingsAgree() {
        var result = CellAlignment.align(List.of("", "0", "0", "0", "0", "0", "0", "", ""), 7);
        assertThat(result).isInstanceOf(CellAlignment.Aligned.class);
    }

    @Test
    void aBlankCellThatChangesTheNumbersIsNotPlaced() {
        var result = CellAlignment.align(List.of("", "5", "0", "0", "0", "0", "5", ""), 7);
        assertThat(result).isEqualTo(new CellAlignment.Misaligned(SkipReason.MISSING_CELLS,
                "6 printed cells for 7 columns; the blank cells at the row's ends cannot be placed"));
    }

    @Test
    void tooFewCells() {
        assertThat(CellAlignment.align(List.of("3", "3"), 7))
                .isEqualTo(new CellAlignment.Misaligned(SkipReason.MISSING_CELLS, "2 cells for 7 columns"));
    }

    @Test
    void anExtraCellIsReadOnlyWhenNoPlacementChangesANumber() {
        assertThat(CellAlignment.align(List.of("0", "0", "0", "0"), 3)).isInstanceOf(CellAlignment.Aligned.class);
        assertThat(CellAlignment.align(List.of("1", "0", "0", "1"), 3))
                .isEqualTo(new CellAlignment.Misaligned(SkipReason.EXTRA_CELLS, "4 cells for 3 columns"));
    }

    @Test
    void blankCellsInsideTheRowKeepTheirColumn() {
        var result = CellAlignment.align(List.of("3", " ", " ", " ", " ", "", "3"), 7);
        assertThat(result).isEqualTo(new CellAlignment.Aligned(List.of("3", " ", " ", " ", " ", "", "3")));
    }
}
