package org.disclosure.etl.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableGridTest {

    @Test
    void aColumnSpanAppearsOnceAndARowSpanLabelInEveryRow() {
        TableGrid grid = new TableGrid();
        grid.place(0, 0, 2, 1, "（三）不予公开");
        grid.place(0, 1, 1, 1, "1.属于国家秘密");
        grid.place(0, 2, 1, 1, "3");
        grid.place(1, 0, 1, 1, "2.其他法律行政法规禁止公开"); // skips the position the label covers
        grid.place(1, 2, 1, 1, "");
        grid.place(2, 0, 1, 2, "（七）总计");
        grid.place(2, 2, 1, 1, "3");

        assertThat(grid.toTable().rows()).containsExactly(
                List.of("（三）不予公开", "1.属于国家秘密", "3"),
                List.of("（三）不予公开", "2.其他法律行政法规禁止公开", ""),
                List.of("（七）总计", "3"));
    }

    @Test
    void aNumberSpanningRowsIsNotCountedAgainBelow() {
        TableGrid grid = new TableGrid();
        grid.place(0, 0, 1, 1, "规章");
        grid.place(0, 1, 2, 1, "12");
        grid.place(1, 0, 1, 1, "行政规范性文件");

        assertThat(grid.toTable().rows()).containsExactly(
                List.of("规章", "12"),
                List.of("行政规范性文件", TableGrid.MERGED_NUMBER));
    }

    @Test
    void wordsVerticallyMergedContinueFromAbove() {
        TableGrid grid = new TableGrid();
        grid.place(0, 0, 1, 1, "行政复议");
        grid.continueFromAbove(1, 0, 1);
        grid.place(1, 1, 1, 1, "0");

        assertThat(grid.toTable().rows()).containsExactly(List.of("行政复议"), List.of("行政复议", "0"));
    }
}
