package org.disclosure.etl.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.document.PrintedPlace;
import org.disclosure.etl.document.ReadMethod;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.report.Unit;
import org.junit.jupiter.api.Test;

class PostgresCopyTest {

    private static final FactKeys KEYS = new FactKeys(Codebook.standard());

    /** Report 7's key for a cell. */
    private static long key(String table, String row, String column) {
        int cell = Codebook.standard().cellNumber(table, row, column);
        assertThat(cell).isNotNegative();
        return 7 * 1024 + cell;
    }

    private static LoadedSection section(Fact... facts) {
        return new LoadedSection("0123456789abcdef", 7, 3, List.of(facts), List.of(), List.of(), false);
    }

    @Test
    void rowsAreCsvAsCopyReadsThem() {
        String csv = PostgresCopy.csv(List.of(section(
                new Fact(3, "s3_applications", "granted", "natural_person", new BigDecimal("82"), Unit.COUNT, "82", ReadMethod.OCR,
                        new PrintedPlace(2, 72f, 100.46f, 523f, 118f)),
                new Fact(2, "s2_procurement", "central_procurement", "amount", new BigDecimal("1.5E+4"), Unit.YUAN, "1,5\"0\"\n0\u0000"),
                new Fact(3, "s3_applications", "granted", "other_org", BigDecimal.ZERO, Unit.COUNT, null),
                new Fact(3, "s3_applications", "granted", "total", BigDecimal.ZERO, Unit.COUNT, ""))), KEYS);
        assertThat(csv).isEqualTo("""
                %d,0123456789abcdef,3,"s3_applications","granted","natural_person",82,"count","82",ocr,2,72.0 100.5 523.0 118.0
                %d,0123456789abcdef,2,"s2_procurement","central_procurement","amount",15000,"yuan","1,5""0""
                0\uFFFD",table,,
                %d,0123456789abcdef,3,"s3_applications","granted","other_org",0,"count",,table,,
                %d,0123456789abcdef,3,"s3_applications","granted","total",0,"count","",table,,
                """.formatted(key("s3_applications", "granted", "natural_person"), key("s2_procurement", "central_procurement", "amount"),
                key("s3_applications", "granted", "other_org"), key("s3_applications", "granted", "total")));
    }

    @Test
    void rawLongerThanItsColumnIsCut() {
        String csv = PostgresCopy.csv(List.of(section(
                new Fact(3, "s3_applications", "granted", "total", BigDecimal.ONE, Unit.COUNT, "9".repeat(250)))), KEYS);
        assertThat(csv).endsWith(",\"" + "9".repeat(200) + "\",table,,\n");
    }
}
