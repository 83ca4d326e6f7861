package org.disclosure.etl.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StagingRepositoryTest {

    @Test
    void cellsSurviveStagingExactly() {
        for (List<String> cells : List.of(List.<String>of(), List.of(""), List.of("", ""), List.of("0", "", "1,234"))) {
            assertThat(StagingRepository.decode(StagingRepository.encode(cells))).isEqualTo(cells);
        }
    }
}
