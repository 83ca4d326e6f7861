package org.disclosure.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExtractWriterTest {

    @Test
    void textThatASpreadsheetWouldReadAsAFormulaGetsALeadingQuote() {
        assertThat(CsvExtractWriter.neutralized("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvExtractWriter.neutralized("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExtractWriter.neutralized("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExtractWriter.neutralized("\t=cmd|' /C calc'!A0")).isEqualTo("'\t=cmd|' /C calc'!A0");
        assertThat(CsvExtractWriter.neutralized("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvExtractWriter.neutralized("沂源县")).isEqualTo("沂源县");
        assertThat(CsvExtractWriter.neutralized("")).isEmpty();
    }

    @Test
    void numericColumnsAreNeverPrefixedAndLineBreaksAreQuoted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.csv");
        try (CsvExtractWriter out = new CsvExtractWriter(file, new String[] {"label", "value"}, Set.of(1))) {
            out.write("\r=HYPERLINK(\"x\")", "-3");
            out.commit();
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("label,value\n\"'\r=HYPERLINK(\"\"x\"\")\",-3\n");
        assertThat(dir.toFile().list()).containsExactly("x.csv");
    }
}
