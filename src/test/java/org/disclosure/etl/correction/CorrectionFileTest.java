package org.disclosure.etl.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.Template;
import org.junit.jupiter.api.Test;

class CorrectionFileTest {

    private static final String SHA = "15a4a8f16528254e18545f6f4944594bdc87682eb7643fe6b125ada09ba57dec";
    private static final Optional<LineVerdict.Target> LOADED = Optional.of(new LineVerdict.Target("15a4a8f16528254e", "partial", Template.T2021));

    /** Excel on Chinese Windows saves CSV as GBK, columns reordered and the template's extra columns dropped: still read. */
    @Test
    void aSpreadsheetsSaveInGbkWithColumnsMovedIsRead() {
        String csv = "note,value,column_code,row_code,table_code,sha256\r\n手工核对,17,natural_person,partially_granted,s3_applications," + SHA
                + "\r\n,,commercial,partially_granted,s3_applications," + SHA + "\r\n";
        CorrectionFile.Reading reading = CorrectionFile.read(csv.getBytes(Charset.forName("GBK")));
        assertThat(reading).isEqualTo(new CorrectionFile.Lines(java.util.List.of(
                new CorrectionFile.Line(2, SHA, "s3_applications", "partially_granted", "natural_person", "17", "手工核对"))));
    }

    @Test
    void whatIsNoCorrectionFileIsRefusedWithItsReason() {
        assertThat(CorrectionFile.read(new byte[] {'P', 'K', 3, 4, 0, 0})).isEqualTo(new CorrectionFile.Refused("not a CSV file: it holds binary data"));
        assertThat(CorrectionFile.read("sha256,value\nabc,1\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new CorrectionFile.Refused("not a correction file: its header lacks table_code, row_code, column_code"));
        assertThat(CorrectionFile.read(new byte[0])).isEqualTo(new CorrectionFile.Refused("empty file"));
    }

    @Test
    void eachLineGetsAVerdictAnOperatorCanActOn() {
        Codebook codebook = Codebook.standard();
        assertThat(verdict(line(SHA, "granted", "total", "1,024"), LOADED, codebook))
                .isEqualTo(new LineVerdict(CorrectionState.ACCEPTED, null, new Cell(3, "s3_applications", "granted", "total"), new java.math.BigDecimal("1024")));
        assertThat(verdict(line(SHA, "granted", "total", "'-3"), LOADED, codebook).reason()).isEqualTo("''-3' is negative, and total cannot be");
        assertThat(verdict(line(SHA, "granted", "total", "2.5"), LOADED, codebook).reason()).isEqualTo("'2.5' is not a whole count");
        assertThat(verdict(line(SHA, "granted", "total", "约20"), LOADED, codebook).reason()).isEqualTo("'约20' is not a number");
        assertThat(verdict(line(SHA, "granted", "fees", "1"), LOADED, codebook).reason())
                .isEqualTo("no cell s3_applications / granted / fees in the codebook of the 2021 template");
        assertThat(verdict(line("abc", "granted", "total", "1"), LOADED, codebook).reason()).isEqualTo("'abc' is not a SHA-256 (64 hex digits)");
        assertThat(verdict(line(SHA, "granted", "total", "1"), Optional.empty(), codebook).reason())
                .isEqualTo("unknown SHA-256: no report of the warehouse has these bytes");
        assertThat(verdict(line(SHA, "granted", "total", "1"), Optional.of(new LineVerdict.Target("x", "superseded", Template.T2021)), codebook).state())
                .isEqualTo(CorrectionState.STALE);
        assertThat(verdict(line(SHA, "granted", "total", "1"), Optional.of(new LineVerdict.Target("x", "failed", null)), codebook).reason())
                .isEqualTo("the report is failed: none of its numbers is loaded");
    }

    @Test
    void aChangeMayBeNegativeAndAnAmountMayHaveDecimals() {
        Codebook codebook = Codebook.standard();
        var change = codebook.rows(Template.T2019, 2).stream().flatMap(r -> r.columns().stream()).filter(c -> c.code().equals("change")).findFirst().orElseThrow();
        assertThat(CorrectedValue.read("-72", change)).isEqualTo(new CorrectedValue.Number(new java.math.BigDecimal("-72")));
        var money = codebook.rows(Template.T2021, 2).stream().flatMap(r -> r.columns().stream()).filter(c -> c.money()).findFirst().orElseThrow();
        assertThat(CorrectedValue.read("1,500.50", money)).isEqualTo(new CorrectedValue.Number(new java.math.BigDecimal("1500.5")));
    }

    private static LineVerdict verdict(CorrectionFile.Line line, Optional<LineVerdict.Target> target, Codebook codebook) {
        return LineVerdict.of(line, target, codebook);
    }

    private static CorrectionFile.Line line(String sha, String row, String column, String value) {
        return new CorrectionFile.Line(2, sha, "s3_applications", row, column, value, "");
    }
}
