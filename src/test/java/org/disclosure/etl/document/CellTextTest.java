package org.disclosure.etl.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void chineseJoinsWithoutSpaceLatinWithOne() {
        assertThat(CellText.join(List.of("（二）部分公开（区分处理的，只计这一情", "形，不计其他情形）")))
                .isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        assertThat(CellText.join(List.of("hzzwgk@126.com", "2023"))).isEqualTo("hzzwgk@126.com 2023");
        assertThat(CellText.join(List.of("三", "、", "本", " ", "年"))).isEqualTo("三、本年");
        assertThat(CellText.join(List.of("104", "0"))).as("a number wrapped in a narrow cell").isEqualTo("1040");
        assertThat(CellText.join(List.of("12,3", "45"))).isEqualTo("12,345");
    }
}
