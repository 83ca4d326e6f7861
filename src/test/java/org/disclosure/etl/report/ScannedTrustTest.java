package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.disclosure.etl.bench.synthetic.KnownReport;
import org.disclosure.etl.bench.synthetic.KnownReports;
import org.disclosure.etl.bench.synthetic.SyntheticPdf;
import org.disclosure.etl.bench.synthetic.ScannedCopies;
import org.disclosure.etl.jurisdiction.Gazetteer;
import org.disclosure.etl.jurisdiction.Jurisdiction;
import org.disclosure.etl.jurisdiction.JurisdictionResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 23: scans you can trust. Reports with known numbers, printed to PDF, scanned at 150–300 dpi
 * askew with specks and JPEG, read back: the 2019 template's signed 本年增/减 column (a minus sign
 * is a thin stroke a scan loses), zeros printed as {@code /}, {@code 无}, {@code -} and {@code —},
 * digits 1 and 7, 0, 6 and 8 side by side. No fact may differ from the number printed, and every
 * printed row ends as facts or a skip; places read by OCR only where confirmed.
 */
class ScannedTrustTest {

    private static final ReportPlacement PLACEMENT =
            new ReportPlacement(new JurisdictionResolver(Gazetteer.load(Path.of("data/reference/divisions.csv"))));

    static Stream<Arguments> scans() {
        return Stream.of(
                Arguments.of(Template.T2019, KnownReport.ZeroStyle.MARKERS, 150, 0.85),
                Arguments.of(Template.T2019, KnownReport.ZeroStyle.DIGIT, 200, 0.80),
                Arguments.of(Template.T2021, KnownReport.ZeroStyle.MARKERS, 200, 0.85),
                Arguments.of(Template.T2021, KnownReport.ZeroStyle.DIGIT, 300, 0.90));
    }

    private static Path scan(Path dir, KnownReport report, int dpi, String fileName) throws Exception {
        Path file = dir.resolve(fileName);
        Files.write(file, ScannedCopies.imageOnlyPdf(SyntheticPdf.write(report, 1000, false), new ScannedCopies.Scan(dpi, 0.5, 3, 0.5f), dpi));
        return file;
    }

    @ParameterizedTest(name = "{0} {1} {2} dpi")
    @MethodSource("scans")
    void noFactReadFromAScanDiffersFromTheNumberPrinted(Template template, KnownReport.ZeroStyle zeros, int dpi, double recall,
                                                        @TempDir Path dir) throws Exception {
        KnownReport report = KnownReports.generate("scan", "沁水县2023年政府信息公开工作年度报告", template, template == Template.T2021, zeros,
                7 + zeros.ordinal());
        ParsedReports.Parsed parsed = ParsedReports.parse(scan(dir, report, dpi, "沁水县2023年政府信息公开工作年度报告.pdf"));

        List<String> expected = ParsedReports.expected(report.expectedFacts());
        List<String> facts = ParsedReports.lines(parsed.facts());
        List<String> wrong = new ArrayList<>(facts);
        wrong.removeAll(expected);
        assertThat(wrong).as("facts that are not the number printed").isEmpty();
        assertThat(facts.size()).as("facts read of %d", expected.size()).isGreaterThanOrEqualTo((int) Math.ceil(expected.size() * recall));
        assertThat(parsed.skips()).as("every printed row is facts or a skip with a reason")
                .allSatisfy(s -> assertThat(s.reason()).isIn(SkipReason.OCR_UNVERIFIED, SkipReason.UNKNOWN_ROW));
        assertThat(parsed.located().title().agency()).isEqualTo("沁水县人民政府");
        assertThat(parsed.located().title().reportYear()).isEqualTo(2023);
        assertThat(parsed.located().missingSections()).isEmpty();
    }

    /** A title OCR reads as a real place elsewhere (义乌市 → 义马市) that nothing else confirms is no place. */
    @Test
    void aPlaceReadByOcrThatNothingConfirmsIsLeftUnknown(@TempDir Path dir) throws Exception {
        KnownReport report = KnownReports.generate("misread", "义马市2023年政府信息公开工作年度报告", Template.T2021, true,
                KnownReport.ZeroStyle.DIGIT, 11);
        Path file = scan(dir, report, 300, "report-0017.pdf");
        ParsedReports.Parsed parsed = ParsedReports.parse(file);
        assertThat(parsed.located().title().recognized()).isTrue();
        assertThat(parsed.located().title().jurisdiction()).isEqualTo("义马市");
        ReportPlacement.Placed placed = PLACEMENT.place(parsed.located(), "2023/report-0017.pdf");
        assertThat(placed.place().divisionCode()).isEmpty();
        assertThat(placed.place().province()).isEmpty();
        assertThat(placed.place().warning()).isEqualTo(Jurisdiction.UNKNOWN);
        assertThat(PLACEMENT.place(parsed.located(), "河南省/report-0017.pdf").place().divisionCode()).isEqualTo("411281");
    }

    /** An OCR'd title that places nowhere gives way to a file name that does. */
    @Test
    void anUnplaceableOcrTitleIsPlacedByTheFileName(@TempDir Path dir) throws Exception {
        KnownReport report = KnownReports.generate("garbled", "加泊关县2023年政府信息公开工作年度报告", Template.T2021, true,
                KnownReport.ZeroStyle.DIGIT, 13);
        String name = "绵阳市2023年政府信息公开工作年度报告.pdf";
        ParsedReports.Parsed parsed = ParsedReports.parse(scan(dir, report, 300, name));
        ReportPlacement.Placed placed = PLACEMENT.place(parsed.located(), "四川/" + name);
        assertThat(placed.place().divisionCode()).isEqualTo("510700");
        assertThat(placed.place().province()).isEqualTo("四川省");
        assertThat(placed.located().title().agency()).isEqualTo("绵阳市人民政府");
        assertThat(placed.located().title().reportYear()).isEqualTo(2023);
    }
}
