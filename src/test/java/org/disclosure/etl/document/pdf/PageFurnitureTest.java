package org.disclosure.etl.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {

    @Test
    void pageNumbersAndRunningLinesAreFurnitureContentIsNot() {
        PageFurniture furniture = new PageFurniture(List.of(
                List.of("XX县人民政府办公室", "第 1 页 共 4 页"),
                List.of("XX县人民政府办公室", "- 2 -"),
                List.of("XX县人民政府办公室", "3/4"),
                List.of("（二）依申请公开情况。全年受理申请21件，", "4")));
        assertThat(furniture.isFurniture("第 1 页 共 4 页")).isTrue();
        assertThat(furniture.isFurniture("- 2 -")).isTrue();
        assertThat(furniture.isFurniture("-3-")).isTrue();
        assertThat(furniture.isFurniture("3/4")).isTrue();
        assertThat(furniture.isFurniture("XX县人民政府办公室")).isTrue();
        assertThat(furniture.isFurniture("（二）依申请公开情况。全年受理申请21件，")).isFalse();
    }
}
