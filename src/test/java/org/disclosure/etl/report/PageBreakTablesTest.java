package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.disclosure.etl.fixtures.PageBreakFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Section 3 broken across pages before each of several rows, in both templates, with the column
 * header printed again on the next page (Word's repeated header rows) and without: the repeated
 * header is recognised by its words and dropped, never joined to the row above the break, and every
 * fact is read exactly ({@code PageBreakFixtures} wrote the PDFs and the facts they must give).
 */
class PageBreakTablesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static Stream<Arguments> breaks() {
        return Stream.of("2019", "2021").flatMap(template -> PageBreakFixtures.BREAK_BEFORE.stream()
                .flatMap(row -> Stream.of("", "-header-repeated")
                        .map(header -> Arguments.of(template + "-before-" + row + header + ".pdf", template))));
    }

    @Test
    void everyBreakIsAFixture() throws Exception {
        try (Stream<Path> files = Files.list(FIXTURES.resolve("pdf/pagebreak"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(breaks().map(a -> (String) a.get()[0]).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaks")
    void everyRowOfTheBrokenTableIsReadOnce(String file, String template) throws Exception {
        ParsedReports.Parsed parsed = ParsedReports.parse(FIXTURES.resolve("pdf/pagebreak").resolve(file));
        assertThat(parsed.skips()).extracting(SkippedRow::message).isEmpty();
        List<String> facts = ParsedReports.lines(parsed.facts());
        List<String> expected = ParsedReports.expected("pagebreak-" + template);
        assertThat(facts).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ParsedReports.failedChecks(parsed)).isEmpty();
        assertThat(parsed.located().template().code()).isEqualTo(template);
    }

}
