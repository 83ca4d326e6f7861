package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclosure.etl.bench.synthetic.ScannedCopies;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 29, item 4: scans whose pages are stored as JPEG 2000 or JBIG2 are read like JPEG and PNG
 * scans (they rendered blank and failed as "not a disclosure annual report").
 */
class ScannedPageCodecsTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ScannedCopies.PageCodec.class, names = {"JPEG_2000", "JBIG2"})
    void aScanIsReadWhateverCodecItsPagesAreStoredIn(ScannedCopies.PageCodec codec, @TempDir Path work) throws Exception {
        Path file = work.resolve("scan-" + codec + ".pdf");
        Files.write(file, ScannedCopies.imageOnlyPdf(Files.readAllBytes(Path.of("src/test/resources/fixtures/pdf/template-2021-subrows.pdf")),
                new ScannedCopies.Scan(300, 0.3, 1, 0.7f), 7, codec));

        ParsedReports.Parsed parsed = ParsedReports.parse(file);

        List<String> expected = ParsedReports.expected("template-2021-subrows");
        List<String> facts = ParsedReports.lines(parsed.facts());
        assertThat(expected).containsAll(facts);
        assertThat(facts.size()).as("facts read of %d", expected.size()).isGreaterThanOrEqualTo((int) Math.ceil(expected.size() * 0.94));
        assertThat(parsed.located().title().agency()).isEqualTo("沂源县教育和体育局");
    }
}
