package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosure.etl.bench.synthetic.KnownReport;
import org.disclosure.etl.bench.synthetic.KnownReports;
import org.disclosure.etl.bench.synthetic.SyntheticHtml;
import org.disclosure.etl.bench.synthetic.SyntheticText;
import org.disclosure.etl.report.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which document this is, end to end: non-reports fail with their reason and load nothing; reports
 * with titles as really printed are identified and placed (status, place, level, year in reports.csv).
 */
class IdentityIT {

    private static byte[] text(String title, Template template, int year) {
        return SyntheticText.write(KnownReports.generate("r", title, template, false, KnownReport.ZeroStyle.DIGIT, year));
    }

    @Test
    void onlyReportsLoadAndEachIsIdentifiedAndPlaced(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.copy(Path.of("src/test/resources/fixtures/not-reports/official-template-2021.docx"), inbox.resolve("blank-form.docx"));
        Files.write(inbox.resolve("placeholders.txt"), text("XX县人民政府20XX年政府信息公开工作年度报告", Template.T2021, 2021));
        Files.write(inbox.resolve("comparison.txt"), text("淮安市洪泽区2023年与2024年政府信息公开工作年度报告对比", Template.T2021, 2023));
        Files.writeString(inbox.resolve("notice.txt"), "关于召开政务公开工作会议的通知\n请各单位准时参加。\n");
        String wrapped = new String(text("沂源县人民政府2021年政府信息公开工作年度报告", Template.T2021, 2021), StandardCharsets.UTF_8)
                .replaceFirst("沂源县人民政府2021年政府信息公开工作年度报告", "沂源县人民政府2021年政府信息公\n开工作年度报告");
        Files.writeString(inbox.resolve("wrapped.txt"), wrapped);
        Files.write(inbox.resolve("year-first.txt"), text("2019年上海市人民政府办公厅政府信息公开工作年度报告", Template.T2019, 2019));
        Files.write(inbox.resolve("department.txt"), text("沂源县发展和改革局2021年政府信息公开工作年度报告", Template.T2021, 2021));
        Files.write(inbox.resolve("zone.txt"), text("平潭综合实验区管理委员会2022年政府信息公开工作年度报告", Template.T2021, 2022));
        Files.write(inbox.resolve("renamed.txt"), text("洪泽县人民政府2015年政府信息公开工作年度报告", Template.T2019, 2015));
        String page = new String(SyntheticHtml.write(KnownReports.generate("h", "河曲县2022年政府信息公开工作年度报告", Template.T2021, false,
                KnownReport.ZeroStyle.DIGIT, 2022), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        String headOnly = page.replaceFirst("(?s)<h1 class=\"title\">.*?</h1>", ""); // the title only in <title>, before the site's name
        Files.writeString(inbox.resolve("head-title.html"), headOnly);

        Jar.Result run = Jar.run(work, "ingest", "--inbox=" + inbox, "--extracts=" + work.resolve("extracts"),
                "--warehouse=jdbc:h2:file:" + work.resolve("wh/db"));
        assertThat(run.exit()).as(run.out()).isZero();
        Map<String, Map<String, String>> reports = ExtractFiles.table(work.resolve("extracts"), "reports.csv").stream()
                .collect(Collectors.toMap(r -> r.get("source_file"), r -> r));

        assertThat(reports.get("blank-form.docx")).containsEntry("status", "failed").containsEntry("facts", "0")
                .containsEntry("error", "not a disclosure annual report: a blank form: it names no issuer or year and its tables print no value");
        assertThat(reports.get("placeholders.txt")).containsEntry("status", "failed")
                .containsEntry("error", "not a disclosure annual report: a template with placeholders (XX县人民政府20XX年政府信息公开工作年度报告)");
        assertThat(reports.get("comparison.txt")).containsEntry("status", "failed").extractingByKey("error").asString()
                .startsWith("not a disclosure annual report: a comparison of several years");
        assertThat(reports.get("notice.txt")).containsEntry("status", "failed").extractingByKey("error").asString()
                .startsWith("not a disclosure annual report");
        assertThat(ExtractFiles.table(work.resolve("extracts"), "facts.csv").stream().map(f -> f.get("source_file")).distinct())
                .containsExactlyInAnyOrder("wrapped.txt", "year-first.txt", "department.txt", "zone.txt", "renamed.txt", "head-title.html");

        assertPlaced(reports.get("wrapped.txt"), "沂源县人民政府", "county", "山东省", "淄博市", "沂源县", "370323", "2021");
        assertPlaced(reports.get("year-first.txt"), "上海市人民政府办公厅", "province", "上海市", "", "", "310000", "2019");
        assertPlaced(reports.get("department.txt"), "沂源县发展和改革局", "department", "山东省", "淄博市", "沂源县", "370323", "2021");
        assertPlaced(reports.get("zone.txt"), "平潭综合实验区管理委员会", "county", "福建省", "福州市", "平潭县", "350128", "2022");
        assertPlaced(reports.get("renamed.txt"), "洪泽县人民政府", "county", "江苏省", "淮安市", "洪泽区", "320813", "2015");
        assertPlaced(reports.get("head-title.html"), "河曲县人民政府", "county", "山西省", "忻州市", "河曲县", "140930", "2022");
    }

    private static void assertPlaced(Map<String, String> report, String agency, String level, String province, String prefecture,
                                     String county, String code, String year) {
        assertThat(report).containsEntry("status", "loaded").containsEntry("agency", agency).containsEntry("level", level)
                .containsEntry("province", province).containsEntry("prefecture", prefecture).containsEntry("county", county)
                .containsEntry("division_code", code).containsEntry("report_year", year);
        assertThat(List.of(report.get("warnings").split(";"))).doesNotContain("JURISDICTION_UNKNOWN", "YEAR_UNKNOWN");
    }
}
