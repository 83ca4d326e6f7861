package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disclosure.etl.bench.synthetic.KnownReport;
import org.disclosure.etl.bench.synthetic.KnownReports;
import org.disclosure.etl.bench.synthetic.SyntheticText;
import org.disclosure.etl.document.formats.DocumentReaders;
import org.disclosure.etl.document.UnreadableDocumentException;
import org.junit.jupiter.api.Test;

/**
 * Only one body's report for one year gets in: the official blank form, a template with
 * placeholders, and comparisons of two years (by their title, or by section 3 rows carrying both
 * years' numbers side by side) fail with their reason and load nothing.
 */
class ReportAdmissionTest {

    private static final ReportReading READING = new ReportReading(DocumentReaders.standard());

    private static KnownReport report(String title, long seed) {
        return KnownReports.generate("r" + seed, title, Template.T2021, false, KnownReport.ZeroStyle.DIGIT, seed);
    }

    private static String refusal(String fileName, byte[] content) {
        try {
            READING.read(fileName, content);
            return "admitted";
        } catch (UnreadableDocumentException e) {
            return e.getMessage();
        }
    }

    @Test
    void theOfficialBlankFormIsNotAReport() throws Exception {
        Path form = Path.of("src/test/resources/fixtures/not-reports/official-template-2021.docx");
        assertThat(refusal("form.docx", Files.readAllBytes(form)))
                .isEqualTo("not a disclosure annual report: a blank form: it names no issuer or year and its tables print no value");
    }

    @Test
    void aTemplateWithPlaceholdersIsNotAReport() {
        byte[] text = SyntheticText.write(report("XX县人民政府20XX年政府信息公开工作年度报告", 3));
        assertThat(refusal("template.txt", text))
                .isEqualTo("not a disclosure annual report: a template with placeholders (XX县人民政府20XX年政府信息公开工作年度报告)");
    }

    @Test
    void aComparisonOfTwoYearsIsNotAReportByItsTitleOrByItsDoubledRows() {
        KnownReport y2023 = report("淮安市洪泽区2023年与2024年政府信息公开工作年度报告对比", 23);
        KnownReport y2024 = report("淮安市洪泽区2024年政府信息公开工作年度报告", 24);
        assertThat(refusal("compare.txt", sideBySide(y2023, y2024)))
                .isEqualTo("not a disclosure annual report: a comparison of several years (淮安市洪泽区2023年与2024年政府信息公开工作年度报告对比)");
        // The same tables under one year's title: the rows of fourteen numbers give it away.
        assertThat(refusal("compare.txt", sideBySide(y2024, y2023)))
                .startsWith("not a disclosure annual report: a comparison: ").endsWith("rows of section 3 carry 14 or more numbers, two tables side by side");
    }

    @Test
    void aDateAfterTheTitleIsNoSecondYear() throws Exception {
        LocatedReport located = READING.read("r.txt", SyntheticText.write(report("沂源县2021年政府信息公开工作年度报告（2022年1月20日）", 8)));
        assertThat(located.title().reportYear()).isEqualTo(2021);
    }

    @Test
    void aReportStatingItsYearOnlyInItsFileNameIsAdmittedWithThatYear() throws Exception {
        String text = new String(SyntheticText.write(report("沂源县人民政府政府信息公开工作年度报告", 5)), StandardCharsets.UTF_8)
                .replaceAll("统计期限自\\d{4}年1月1日起至\\d{4}年12月31日止", "统计期限为本年度");
        assertThat(refusal("yiyuan.txt", text.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("not a disclosure annual report: it names no year (title, statistics period or file name)");
        LocatedReport located = READING.read("沂源县2021年报.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(located.title().reportYear()).isEqualTo(2021);
        assertThat(refusal("yiyuan-20220131.txt", text.getBytes(StandardCharsets.UTF_8))).as("a publication date is no year")
                .isEqualTo("not a disclosure annual report: it names no year (title, statistics period or file name)");
    }

    /** The text of {@code first} with section 3's numbers of {@code second} appended to each row: two years side by side. */
    private static byte[] sideBySide(KnownReport first, KnownReport second) {
        List<String> a = new String(SyntheticText.write(first), StandardCharsets.UTF_8).lines().toList();
        List<String> b = new String(SyntheticText.write(second), StandardCharsets.UTF_8).lines().toList();
        List<String> out = new ArrayList<>();
        boolean inSection3 = false;
        for (int i = 0; i < a.size(); i++) {
            String line = a.get(i);
            inSection3 = line.startsWith("三、") || inSection3 && !line.startsWith("四、");
            if (inSection3 && line.matches(".*\\t\\+?\\d+$")) {
                String[] other = b.get(i).split("\t");
                line = line + "\t" + String.join("\t", List.of(other).subList(other.length - 7, other.length));
            }
            out.add(line);
        }
        return String.join("\n", out).getBytes(StandardCharsets.UTF_8);
    }
}
