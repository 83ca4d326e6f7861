package org.disclosure.etl.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.report.Unit;
import org.junit.jupiter.api.Test;

class PostgresCopyTest {

    private static LoadedSection section(Fact... facts) {
        return new LoadedSection("0123456789abcdef", 3, List.of(facts), List.of(), List.of(), false);
    }

    @Test
    void rowsAreCsvAsCopyReadsThem() {
        String csv = PostgresCopy.csv(List.of(section(
                new Fact(3, "s3_applications", "granted", "natural_person", new BigDecimal("82"), Unit.COUNT, "82"),
                new Fact(2, "s2_charges", "fees", "amount", new BigDecimal("1.5E+4"), Unit.YUAN, "1,5\"0\"\n0\u0000"),
                new Fact(3, "s3_applications", "granted", "other_org", BigDecimal.ZERO, Unit.COUNT, null),
                new Fact(3, "s3_applications", "granted", "total", BigDecimal.ZERO, Unit.COUNT, ""))));
        assertThat(csv).isEqualTo("""
                0123456789abcdef,3,"s3_applications","granted","natural_person",82,"count","82"
                0123456789abcdef,2,"s2_charges","fees","amount",15000,"yuan","1,5""0""
                0\uFFFD"
                0123456789abcdef,3,"s3_applications","granted","other_org",0,"count",
                0123456789abcdef,3,"s3_applications","granted","total",0,"count",""
                """);
    }

    @Test
    void rawLongerThanItsColumnIsCut() {
        String csv = PostgresCopy.csv(List.of(section(
                new Fact(3, "s3_applications", "granted", "total", BigDecimal.ONE, Unit.COUNT, "9".repeat(250)))));
        assertThat(csv).endsWith(",\"" + "9".repeat(200) + "\"\n");
    }
}
