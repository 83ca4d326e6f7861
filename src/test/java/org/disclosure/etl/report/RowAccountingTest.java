package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.disclosure.etl.bench.synthetic.KnownReport;
import org.disclosure.etl.bench.synthetic.KnownReports;
import org.disclosure.etl.bench.synthetic.SyntheticDocx;
import org.disclosure.etl.document.formats.DocumentReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No row lost without a word: over every seed and fixture, each section's rows printed equal its
 * rows loaded plus its rows skipped, and no section needs the {@code ROWS_UNACCOUNTED} guard.
 */
class RowAccountingTest {

    static Stream<Path> reports() throws Exception {
        Stream<Path> seeds = Files.list(Path.of("data/inbox"));
        Stream<Path> fixtures = Files.walk(Path.of("src/test/resources/fixtures"))
                .filter(p -> p.toString().matches(".*\\.(pdf|docx|doc|html|txt|md)$"))
                .filter(p -> !p.toString().contains("/bad/") && !p.toString().contains("/not-reports/"));
        return Stream.concat(seeds, fixtures).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void rowsPrintedAreRowsLoadedPlusRowsSkipped(Path file) throws Exception {
        LocatedReport located = new ReportReading(DocumentReaders.standard()).read(file.getFileName().toString(), Files.readAllBytes(file));
        for (int section = 2; section <= 4; section++) {
            SectionFacts mapped = SectionFacts.map(Section.of(section).table(), located.rows(section), located.template());
            assertThat(mapped.rowsPrinted()).as("section %d", section).isEqualTo(mapped.rowsLoaded() + mapped.skipped().size());
            assertThat(mapped.skipped()).extracting(SkippedRow::reason).doesNotContain(SkipReason.ROWS_UNACCOUNTED);
        }
    }

    @Test
    void aSectionFourRowPrintedAsDashesLoadsAsZerosAsSectionThreeDoes(@TempDir Path dir) throws Exception {
        KnownReport report = KnownReports.generate("dashes", "盐池县2021年政府信息公开工作年度报告",
                org.disclosure.etl.report.Template.T2021, false, KnownReport.ZeroStyle.DIGIT, 7);
        report.printedRows(4).forEach(row -> row.columns().forEach(c -> report.values().remove(KnownReport.key(row.rowCode(), c.code()))));
        Path docx = dir.resolve("dashes.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(SyntheticDocx.build(report)))) {
            XWPFTable section4 = document.getTables().get(document.getTables().size() - 1);
            for (XWPFTableCell cell : section4.getRows().get(section4.getRows().size() - 1).getTableCells()) {
                SyntheticDocx.setText(cell.getParagraphs().get(0), "—");
            }
            Files.write(docx, SyntheticDocx.bytes(document));
        }
        ParsedReports.Parsed parsed = ParsedReports.parse(docx);
        assertThat(parsed.skips()).isEmpty();
        List<Fact> section4 = parsed.facts().stream().filter(f -> f.section() == 4).toList();
        assertThat(section4).hasSize(15).allSatisfy(f -> {
            assertThat(f.value()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(f.raw()).isEqualTo("—");
        });
    }

    @Test
    void aPrintedRowNoTemplateRowHasIsSkippedNotDropped() {
        SourceRow dashes = new SourceRow("", "", Collections.nCopies(7, "-"));
        SectionFacts mapped = SectionFacts.map(Section.of(3).table(), List.of(dashes), org.disclosure.etl.report.Template.T2021);
        assertThat(mapped.facts()).isEmpty();
        assertThat(mapped.skipped()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.UNKNOWN_ROW);
            assertThat(s.message()).isEqualTo("a row printed in the table that is no row of the 2021 template; nothing loaded");
        });
        assertThat(mapped.rowsPrinted()).isEqualTo(1);

        SectionFacts header = SectionFacts.map(Section.of(3).table(),
                List.of(new SourceRow("申请人情况", "", List.of("", "-", "")), new SourceRow("", "", List.of("", ""))),
                org.disclosure.etl.report.Template.T2021);
        assertThat(header.rowsPrinted()).as("a caption over dashes and an empty row are layout").isZero();
        assertThat(header.skipped()).isEmpty();
    }
}
