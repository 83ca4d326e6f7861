package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosure.etl.bench.synthetic.KnownReport;
import org.disclosure.etl.bench.synthetic.KnownReports;
import org.disclosure.etl.bench.synthetic.SyntheticText;
import org.disclosure.etl.document.formats.DocumentReaders;
import org.junit.jupiter.api.Test;

/**
 * Sections numbered or laid out otherwise than the template: tables in an attachment numbered 一–三
 * (the review table under 三、), a lost 五、 heading, section 4 printed as three tables of five
 * numbers under their own captions. Tables are found by their own words, never by number alone.
 */
class SectionLayoutsTest {

    private static final KnownReport REPORT = KnownReports.generate("layouts", "沂源县人民政府2021年政府信息公开工作年度报告",
            Template.T2021, false, KnownReport.ZeroStyle.DIGIT, 12);

    private static List<String> facts(LocatedReport located) {
        List<String> facts = new ArrayList<>();
        for (int section = 2; section <= 4; section++) {
            SectionFacts mapped = SectionFacts.map(Section.of(section).table(), located.rows(section), located.template());
            assertThat(mapped.skipped()).as("section %d", section).isEmpty();
            facts.addAll(ParsedReports.lines(mapped.facts()));
        }
        return facts;
    }

    private static List<String> expected() {
        return ParsedReports.expected(REPORT.expectedFacts());
    }

    private static String text() {
        return new String(SyntheticText.write(REPORT), StandardCharsets.UTF_8);
    }

    @Test
    void tablesInAnAttachmentNumberedOneToThreeAndALostFifthHeading() throws Exception {
        String text = text().replace("二、主动公开政府信息情况", "附件：统计表\n一、主动公开政府信息情况")
                .replace("三、收到和处理政府信息公开申请情况", "二、收到和处理政府信息公开申请情况")
                .replace("四、政府信息公开行政复议、行政诉讼情况", "三、政府信息公开行政复议、行政诉讼情况")
                .replace("五、存在的主要问题及改进情况\n", "");
        LocatedReport located = new ReportReading(DocumentReaders.standard()).read("r.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(facts(located)).containsExactlyInAnyOrderElementsOf(expected());
        assertThat(located.missingSections()).containsExactly(5);
    }

    @Test
    void sectionFourAsThreeTablesOfFiveNumbersUnderTheirCaptions() throws Exception {
        List<String> numbers = List.of(text().split("\n")).stream().filter(l -> l.matches("^[^\\t]*\\t\\+?\\d.*"))
                .reduce((a, b) -> b).map(l -> List.of(l.split("\t"))).orElseThrow();
        List<String> values = numbers.stream().filter(c -> !c.isBlank()).toList();
        assertThat(values).hasSize(15);
        String header = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n";
        String section4 = "（一）行政复议\n" + header + String.join("\t", values.subList(0, 5)) + "\n\n"
                + "（二）行政诉讼（未经复议直接起诉）\n" + header + String.join("\t", values.subList(5, 10)) + "\n\n"
                + "（三）行政诉讼（复议后起诉）\n" + header + String.join("\t", values.subList(10, 15)) + "\n\n";
        String text = text();
        int start = text.indexOf("四、政府信息公开行政复议、行政诉讼情况\n") + "四、政府信息公开行政复议、行政诉讼情况\n".length();
        int end = text.indexOf("五、存在的主要问题及改进情况");
        text = text.substring(0, start) + section4 + text.substring(end);
        LocatedReport located = new ReportReading(DocumentReaders.standard()).read("r.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(facts(located)).containsExactlyInAnyOrderElementsOf(expected());
        assertThat(located.rows(4)).extracting(SourceRow::label).containsExactly("（一）行政复议", "（二）行政诉讼未经复议直接起诉",
                "（三）行政诉讼复议后起诉");
        assertThat(located.missingSections()).isEmpty();
        assertThat(expected().stream().filter(f -> f.startsWith("4,")).collect(Collectors.toList())).hasSize(15);
    }
}
