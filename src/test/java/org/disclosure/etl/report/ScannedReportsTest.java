package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.disclosure.etl.bench.synthetic.ScannedCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scanned reports read by OCR: the fixtures' PDF exports printed to images at 150, 200 and 300 dpi,
 * turned ±0.6°, specked, JPEG-compressed and wrapped as image-only PDFs, and a DOCX with its
 * section 3 table pasted as a picture. No fact read may differ from the numbers printed; a row the
 * arithmetic cannot confirm is skipped ({@code OCR_UNVERIFIED}), never loaded.
 */
class ScannedReportsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static Stream<Arguments> scans() {
        return Stream.of(
                // Recall as measured with every number confirmed by a second, independent reading (issue 23): each
                // unconfirmed section 2 row, or a row whose one number is repeated as its total, is a skip, not a guess.
                Arguments.of("template-2021-subrows", new ScannedCopies.Scan(300, 0.6, 2, 0.6f), "沂源县教育和体育局", 2021, 0.99),
                Arguments.of("template-2021-blanks", new ScannedCopies.Scan(200, -0.6, 4, 0.5f), "河曲县人民政府", 2022, 0.98),
                Arguments.of("template-2021-zeros", new ScannedCopies.Scan(150, 0.6, 4, 0.5f), "上海市黄浦区人民政府", 2023, 0.98),
                Arguments.of("built-2019", new ScannedCopies.Scan(150, -0.6, 2, 0.4f), "盐池县人民政府", 2019, 0.96));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scans")
    void everyFactLoadedIsTheNumberPrinted(String name, ScannedCopies.Scan scan, String agency, int year, double recall,
                                           @TempDir Path work) throws Exception {
        Path file = work.resolve(name + "-" + scan.name() + ".pdf");
        Files.write(file, ScannedCopies.imageOnlyPdf(Files.readAllBytes(FIXTURES.resolve("pdf/" + name + ".pdf")), scan, 11));

        ParsedReports.Parsed parsed = ParsedReports.parse(file);

        List<String> expected = ParsedReports.expected(name);
        List<String> facts = ParsedReports.lines(parsed.facts());
        assertThat(expected).containsAll(facts);
        assertThat(facts.size()).as("facts read of %d", expected.size()).isGreaterThanOrEqualTo((int) Math.ceil(expected.size() * recall));
        assertThat(parsed.skips()).allSatisfy(s -> assertThat(s.reason()).isIn(SkipReason.OCR_UNVERIFIED, SkipReason.UNKNOWN_ROW));
        assertThat(parsed.located().title().agency()).isEqualTo(agency);
        assertThat(parsed.located().title().reportYear()).isEqualTo(year);
        assertThat(parsed.located().warnings()).contains(ReportLocator.WARNING_OCR);
        assertThat(parsed.located().missingSections()).isEmpty();
    }

    @Test
    void aRowThatDoesNotAddUpIsSkippedNotLoaded() throws Exception {
        // The report itself prints granted's total one too high: on paper a slip the checks flag; read by OCR, the row
        // cannot be told from a misread digit.
        ParsedReports.Parsed parsed = ParsedReports.parse(FIXTURES.resolve("scan/slip-2021.pdf"));

        assertThat(ParsedReports.expected("slip-2021")).containsAll(ParsedReports.lines(parsed.facts()));
        assertThat(parsed.facts()).noneMatch(f -> f.rowCode().equals("granted"));
        assertThat(parsed.skips()).filteredOn(s -> s.row().label().contains("予以公开")).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.OCR_UNVERIFIED);
            assertThat(s.message()).isEqualTo("read by OCR: the total 26 is not the sum 25 of the six applicant columns, so a number may be misread");
            assertThat(s.row().raw()).endsWith("0 | 3 | 0 | 6 | 16 | 0 | 26");
        });
        assertThat(parsed.facts()).hasSizeGreaterThanOrEqualTo(165);
    }

    @Test
    void aTablePastedAsAPictureIsRead() throws Exception {
        ParsedReports.Parsed parsed = ParsedReports.parse(FIXTURES.resolve("scan/picture-table-2021.docx"));

        List<String> facts = ParsedReports.lines(parsed.facts());
        assertThat(ParsedReports.expected("template-2021-subrows")).containsAll(facts);
        List<String> applications = ParsedReports.expected("template-2021-subrows").stream().filter(f -> f.startsWith("3,")).toList();
        // Every section 3 row but one: 0 | 11 | 0 | 0 | 0 | 0 | 11, whose 11 repeated as the total the arithmetic cannot
        // confirm, and which its readings did not both read surely.
        assertThat(facts).filteredOn(f -> f.startsWith("3,")).hasSize(applications.size() - 7)
                .contains("3,s3_applications,new_received,natural_person,174,count", "3,s3_applications,total_processed,total,868,count");
        assertThat(parsed.skips()).singleElement().satisfies(s -> {
            assertThat(s.row().raw()).endsWith("0 | ?11 | 0 | 0 | 0 | 0 | 11");
            assertThat(s.message()).startsWith("read by OCR: one number and its total");
        });
        assertThat(parsed.located().warnings()).contains(ReportLocator.WARNING_OCR);
    }
}
