package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.disclosure.etl.document.Block;
import org.disclosure.etl.document.Paragraph;
import org.disclosure.etl.jurisdiction.Gazetteer;
import org.disclosure.etl.jurisdiction.Jurisdiction;
import org.disclosure.etl.jurisdiction.JurisdictionResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 23, item 2: a place read by OCR stands only where something OCR did not produce, or a second
 * mention, confirms it; never a different real place. Titles and texts as OCR gives them.
 */
class ReportPlacementTest {

    private static final ReportPlacement PLACEMENT =
            new ReportPlacement(new JurisdictionResolver(Gazetteer.load(Path.of("data/reference/divisions.csv"))));
    private static final String BODY = "本报告根据《中华人民共和国政府信息公开条例》要求编制。报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。";

    private static LocatedReport located(ReportTitle title, String text) {
        return new LocatedReport(title, Template.T2021, Map.of(), List.of(), List.of(), List.of(), title.title() + "\n" + text);
    }

    private static ReportTitle recognized(String title, String place, String agency) {
        return new ReportTitle(title, place, agency, 2023, true);
    }

    @ParameterizedTest(name = "{0} | {1} | {2}")
    @CsvSource(delimiter = '|', nullValues = "~", textBlock = """
            # OCR'd title place | text besides the title                                          | file                                  | placed at (empty: JURISDICTION_UNKNOWN)
            义马市              | 如对本报告有疑问，请与本机关办公室联系（电话：0579-85201234）。金华市义乌市稠城街道。 | 2023/report-17.pdf                   | ~
            义马市              | 如对本报告有疑问，请与本机关办公室联系（电话：0398-5821234）。                 | 2023/report-17.pdf                   | 411281
            义马市              | 三门峡市下辖的义马市认真贯彻落实条例。                                  | 2023/report-17.pdf                   | 411281
            义马市              | 本年度政务公开工作稳步推进。                                           | 河南省/report-17.pdf                  | 411281
            义马市              | 本年度政务公开工作稳步推进。                                           | 2023/义马市2023年政府信息公开工作年度报告.pdf | 411281
            义马市              | 本年度政务公开工作稳步推进。                                           | 2023/report-17.pdf                   | ~
            义马市              | 本年度义马市政务公开工作稳步推进。                                      | 2023/report-17.pdf                   | 411281
            """)
    void aPlaceReadByOcrStandsOnlyWhereSomethingElseConfirmsIt(String place, String text, String file, String code) {
        ReportTitle title = recognized(place + "人民政府2023年政府信息公开工作年度报告", place, place + "人民政府");
        ReportPlacement.Placed placed = PLACEMENT.place(located(title, BODY + text), file);
        if (code == null) {
            assertThat(placed.place().divisionCode()).isEmpty();
            assertThat(placed.place().warning()).isEqualTo(Jurisdiction.UNKNOWN);
            assertThat(placed.place().province()).isEmpty();
        } else {
            assertThat(placed.place().divisionCode()).isEqualTo(code);
            assertThat(placed.place().province()).isEqualTo("河南省");
        }
    }

    @Test
    void aTitleReadAsPrintedIsPlacedAsItReads() {
        ReportTitle title = new ReportTitle("义马市人民政府2023年政府信息公开工作年度报告", "义马市", "义马市人民政府", 2023);
        assertThat(PLACEMENT.place(located(title, BODY), "2023/report-17.pdf").place().divisionCode()).isEqualTo("411281");
    }

    @Test
    void anUnplaceableOcrTitleTakesIssuerAndPlaceFromAFileNameThatPlaces() {
        ReportTitle garbled = recognized("加泊关县人民政府2023年政府信息公开工作年度报告", "加泊关县", "加泊关县人民政府");
        ReportPlacement.Placed placed = PLACEMENT.place(located(garbled, BODY), "scans/绵阳市2023年政府信息公开工作年度报告.pdf");
        assertThat(placed.place().divisionCode()).isEqualTo("510700");
        assertThat(placed.place().province()).isEqualTo("四川省");
        assertThat(placed.located().title().agency()).isEqualTo("绵阳市人民政府");
        assertThat(placed.located().title().jurisdiction()).isEqualTo("绵阳市");
        assertThat(placed.located().title().reportYear()).isEqualTo(2023);

        ReportPlacement.Placed nameless = PLACEMENT.place(located(garbled, BODY), "scans/scan-0042.pdf");
        assertThat(nameless.place().divisionCode()).isEmpty();
        assertThat(nameless.place().warning()).isEqualTo(Jurisdiction.UNKNOWN);
    }

    /** The same rule for the year: read by OCR alone, it stands where the text or the file name states it again. */
    @Test
    void aYearReadByOcrStandsOnlyWhereTheTextOrTheFileNameStatesItAgain() {
        List<Block> misread = List.of(new Paragraph("沁水县人民政府2028年政府信息公开工作年度报告", true),
                new Paragraph("一、总体情况", true), new Paragraph(BODY, true));
        assertThat(new TitleLocator().locate(misread, 1, "scan.pdf").reportYear()).isNull();
        assertThat(new TitleLocator().locate(misread, 1, "沁水县2023年报.pdf").reportYear()).isEqualTo(2023);
        List<Block> read = List.of(new Paragraph("沁水县人民政府2023年政府信息公开工作年度报告", true),
                new Paragraph("一、总体情况", true), new Paragraph(BODY, true));
        assertThat(new TitleLocator().locate(read, 1, "scan.pdf")).satisfies(t -> {
            assertThat(t.reportYear()).isEqualTo(2023);
            assertThat(t.recognized()).isTrue();
        });
        List<Block> printed = List.of(new Paragraph("沁水县人民政府2028年政府信息公开工作年度报告"), new Paragraph("一、总体情况"));
        assertThat(new TitleLocator().locate(printed, 1, "scan.pdf").reportYear()).isEqualTo(2028);
    }
}
