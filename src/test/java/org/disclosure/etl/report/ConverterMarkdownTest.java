package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosure.etl.bench.synthetic.KnownReport;
import org.disclosure.etl.bench.synthetic.KnownReports;
import org.disclosure.etl.fixtures.ConvertedText;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 23, item 4: Markdown as PDF converters write it: 正文 before the title, tables as grids with
 * merged cells left blank, the applicant columns' wrapped headers as stubs ({@code | 业 | 构 | 益组织 | 务机构 |}),
 * section 3 cut in two at a page end (page number between, the second fragment's first row its
 * header), a long label on a row of its own above its numbers, the page end falling between them.
 */
class ConverterMarkdownTest {

    @ParameterizedTest(name = "{0}, page end after row {1}")
    @CsvSource({"T2019, 9", "T2019, 19", "T2021, 9", "T2021, 20"})
    void everyFactOfAConverterMarkdownIsRead(Template template, int pageEndAfter, @TempDir Path dir) throws Exception {
        KnownReport report = KnownReports.generate("md", "沁水县2023年政府信息公开工作年度报告", template, template == Template.T2021,
                KnownReport.ZeroStyle.DIGIT, 5);
        Path file = Files.write(dir.resolve("report.md"),
                ConvertedText.converterMarkdown(report, pageEndAfter, "5.要求行政机关确认或重新出具已获取信息"));

        ParsedReports.Parsed parsed = ParsedReports.parse(file);

        assertThat(ParsedReports.lines(parsed.facts())).containsExactlyInAnyOrderElementsOf(ParsedReports.expected(report.expectedFacts()));
        assertThat(parsed.skips()).isEmpty();
        assertThat(parsed.located().title().agency()).isEqualTo("沁水县人民政府");
        assertThat(parsed.located().title().reportYear()).isEqualTo(2023);
        assertThat(parsed.located().missingSections()).isEmpty();
    }
}
