package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text that converters made of our PDF fixtures ({@code pdftotext -layout} and {@code -raw}) and
 * that we wrote as converters, OCR and crawlers leave it (Markdown with section 3's labels torn from
 * its numbers, misread labels, digits run together): no fact is wrong, and every fact the text still
 * holds is recovered. Where zeros were printed as blank cells the text no longer says which column a
 * number stood in: those rows are skipped, never guessed ({@code ConvertedTextFixtures} wrote the files).
 */
class ConvertedTextTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static Stream<Arguments> conversions() {
        return Stream.of(
                // pdftotext set one section 4 group out of order (2 1 7 1 3 for 2 1 1 3 7): skipped, not loaded
                Arguments.of("built-2019.layout.txt", "built-2019", 193),
                Arguments.of("built-2019.raw.txt", "built-2019", 198),
                Arguments.of("built-2019.torn.md", "built-2019", 198),
                Arguments.of("built-2019.ocr.txt", "built-2019", 198),
                Arguments.of("built-2019.glued.txt", "built-2019", 198),
                Arguments.of("template-2021-subrows.layout.txt", "template-2021-subrows", 200),
                Arguments.of("template-2021-subrows.raw.txt", "template-2021-subrows", 200),
                Arguments.of("template-2021-subrows.torn.md", "template-2021-subrows", 200),
                Arguments.of("template-2021-subrows.ocr.txt", "template-2021-subrows", 200),
                Arguments.of("template-2021-subrows.glued.txt", "template-2021-subrows", 200),
                Arguments.of("template-2021-zeros.layout.txt", "template-2021-zeros", 186),
                Arguments.of("template-2021-zeros.raw.txt", "template-2021-zeros", 186),
                Arguments.of("2019-before-rejected_duplicate-header-repeated.layout.txt", "pagebreak-2019", 198),
                Arguments.of("2019-before-rejected_duplicate-header-repeated.raw.txt", "pagebreak-2019", 198),
                // zeros printed as blank cells: the text lost them, and with them the columns of the row
                Arguments.of("template-2021-blanks.layout.txt", "template-2021-blanks", 23),
                Arguments.of("template-2021-blanks.raw.txt", "template-2021-blanks", 23),
                Arguments.of("2021-before-unable_not_held.layout.txt", "pagebreak-2021", 18),
                Arguments.of("2021-before-unable_not_held.raw.txt", "pagebreak-2021", 18));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversions")
    void noFactIsWrongAndEveryFactTheTextHoldsIsRecovered(String file, String report, int recovered) throws Exception {
        ParsedReports.Parsed parsed = ParsedReports.parse(FIXTURES.resolve("converted").resolve(file));
        List<String> facts = ParsedReports.lines(parsed.facts());
        List<String> expected = ParsedReports.expected(report);
        assertThat(expected).as("no fact wrong").containsAll(facts);
        assertThat(facts).doesNotHaveDuplicates().hasSize(recovered);
        if (recovered == expected.size()) {
            assertThat(parsed.skips()).as("only a converter's placeholder row is skipped")
                    .allSatisfy(s -> assertThat(s.row().cells()).allMatch(c -> c.equals("-")));
        } else {
            assertThat(parsed.skips()).as("what is not recovered is skipped with a reason").isNotEmpty();
        }
    }


    /** The real 洪泽区 2023 PDF (a WPS export), converted by pdftotext: the same facts as its PDF, its own slips included. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"hongze-district-2023.layout.txt", "hongze-district-2023.raw.txt"})
    void aRealReportConvertedGivesTheFactsOfItsPdf(String file) throws Exception {
        ParsedReports.Parsed pdf = ParsedReports.parse(FIXTURES.resolve("pdf/hongze-district-2023.pdf"));
        ParsedReports.Parsed text = ParsedReports.parse(FIXTURES.resolve("converted").resolve(file));
        assertThat(ParsedReports.lines(text.facts())).hasSize(186).containsExactlyInAnyOrderElementsOf(ParsedReports.lines(pdf.facts()));
        assertThat(text.skips()).isEmpty();
        assertThat(ParsedReports.failedChecks(text)).hasSize(2); // review and litigation_after_review totals printed as 0
    }
}
