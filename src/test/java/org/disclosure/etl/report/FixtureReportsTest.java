package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fact of every generated fixture: DOCX filled through POI (official 2021 template with
 * （六） as one row or three, zeros printed or left blank; a 2019-template DOCX and its Word 97
 * .doc, read in-process), their LibreOffice PDF
 * exports (rows broken across pages among them), an owner-password PDF, and web pages in UTF-8 and
 * GBK. The expected facts were written by the generator from the numbers it printed
 * ({@code fixtures/expected}); all of them add up, so no check may fail.
 */
class FixtureReportsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("docx/template-2021-subrows.docx", "template-2021-subrows", "沂源县教育和体育局", 2021, "2021"),
                Arguments.of("docx/template-2021-blanks.docx", "template-2021-blanks", "河曲县人民政府", 2022, "2021"),
                Arguments.of("docx/template-2021-zeros.docx", "template-2021-zeros", "上海市黄浦区人民政府", 2023, "2021"),
                Arguments.of("docx/built-2019.docx", "built-2019", "盐池县人民政府", 2019, "2019"),
                Arguments.of("pdf/template-2021-subrows.pdf", "template-2021-subrows", "沂源县教育和体育局", 2021, "2021"),
                Arguments.of("pdf/template-2021-blanks.pdf", "template-2021-blanks", "河曲县人民政府", 2022, "2021"),
                Arguments.of("pdf/template-2021-zeros.pdf", "template-2021-zeros", "上海市黄浦区人民政府", 2023, "2021"),
                Arguments.of("pdf/built-2019.pdf", "built-2019", "盐池县人民政府", 2019, "2019"),
                Arguments.of("doc/built-2019.doc", "built-2019", "盐池县人民政府", 2019, "2019"),
                Arguments.of("pdf/owner-password-only.pdf", "template-2021-subrows", "沂源县教育和体育局", 2021, "2021"),
                Arguments.of("html/site-2021.html", "site-2021", "淮安市洪泽区人民政府", 2022, "2021"),
                Arguments.of("html/site-2019-gbk.html", "site-2019-gbk", "忻州市", 2020, "2019"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFactIsReadExactly(String file, String expected, String agency, int year, String template) throws Exception {
        ParsedReports.Parsed parsed = ParsedReports.parse(FIXTURES.resolve(file));

        assertThat(parsed.skips()).extracting(SkippedRow::message).isEmpty();
        List<String> facts = ParsedReports.lines(parsed.facts());
        List<String> expectedFacts = ParsedReports.expected(expected);
        assertThat(facts).containsExactlyInAnyOrderElementsOf(expectedFacts);
        assertThat(ParsedReports.failedChecks(parsed)).isEmpty();

        LocatedReport located = parsed.located();
        assertThat(located.title().agency()).isEqualTo(agency);
        assertThat(located.title().reportYear()).isEqualTo(year);
        assertThat(located.template().code()).isEqualTo(template);
        assertThat(located.missingSections()).isEmpty();
        assertThat(located.warnings()).isEmpty();
        assertThat(located.narrative()).extracting(NarrativeSection::section).containsExactly(1, 5, 6);
    }

}
