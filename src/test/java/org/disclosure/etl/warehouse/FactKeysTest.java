package org.disclosure.etl.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.report.Unit;
import org.junit.jupiter.api.Test;

class FactKeysTest {

    private final Codebook codebook = Codebook.standard();
    private final FactKeys keys = new FactKeys(codebook);

    private static Fact fact(String table, String row, String column) {
        return new Fact(3, table, row, column, BigDecimal.ONE, Unit.COUNT, "1");
    }

    @Test
    void everyCodebookCellHasItsOwnKeyInsideItsReportsRange() {
        Set<String> cells = new HashSet<>();
        Set<Long> keysOfReport = new HashSet<>();
        for (String[] e : codebook.entries()) {
            long key = keys.of(5, fact(e[2], e[4], e[6]));
            assertThat(key).isBetween(FactKeys.first(5), FactKeys.last(5));
            assertThat(keysOfReport.add(key)).isEqualTo(cells.add(e[2] + "/" + e[4] + "/" + e[6]));
        }
        assertThat(cells).hasSize(226).hasSize(codebook.cells());
        assertThat(FactKeys.last(5)).isLessThan(FactKeys.first(6));
    }

    @Test
    void cellsAreNumberedInTheOrderTheCodebookFirstListsThem() {
        String[] first = codebook.entries().get(0);
        assertThat(codebook.cellNumber(first[2], first[4], first[6])).isZero();
        // The 2021 template prints section 3's rows with the same codes as 2019's: one number for both.
        assertThat(keys.of(9, fact("s3_applications", "granted", "natural_person")))
                .isEqualTo(9 * 1024 + codebook.cellNumber("s3_applications", "granted", "natural_person"));
    }

    @Test
    void aCellTheCodebookDoesNotListHasNoKey() {
        assertThat(codebook.cellNumber("s3_applications", "granted", "aliens")).isEqualTo(-1);
        assertThatThrownBy(() -> keys.of(1, fact("s3_applications", "granted", "aliens")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s3_applications/granted/aliens");
    }
}
