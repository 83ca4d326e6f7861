package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosure.etl.check.CheckFailure;
import org.junit.jupiter.api.Test;

/**
 * Every fact of the five real seed reports, written by reading the seeds: the number of facts, every
 * non-zero value (with its unit where it is money), and that all other facts are 0.
 */
class SeedReportsTest {

    private static void assertHeader(LocatedReport r, String jurisdiction, String agency, String template) {
        assertThat(r.title().jurisdiction()).isEqualTo(jurisdiction);
        assertThat(r.title().agency()).isEqualTo(agency);
        assertThat(r.title().reportYear()).isEqualTo(2020);
        assertThat(r.template().code()).isEqualTo(template);
    }

    @Test
    void seed000TabbedRowsLostItsSectionTwoAndTheSectionThreeHeading() throws Exception {
        var parsed = ParsedReports.parse("000_224684a5a9443bc2.txt");
        LocatedReport r = parsed.located();
        assertHeader(r, "沁水县", "沁水县人民政府", "2019");
        assertThat(r.title().title()).isEqualTo("沁水县 2020 年政府信息公开工作年度报告");
        assertThat(r.missingSections()).containsExactly(2);
        assertThat(r.warnings()).containsExactly(ReportLocator.WARNING_HEADING_MISSING);
        // 23 rows x 7 of section 3, 15 of section 4 (printed with one trailing extra 0 cell).
        ParsedReports.assertFacts(parsed.facts(), 161 + 15, """
                new_received.natural_person=2
                new_received.total=2
                granted.natural_person=2
                granted.total=2
                total_processed.natural_person=2
                total_processed.total=2
                """);
        assertThat(parsed.skips()).isEmpty();
        assertThat(ParsedReports.failedChecks(parsed)).isEmpty();
    }

    @Test
    void seed001OneCellPerLineWithBlankCells() throws Exception {
        var parsed = ParsedReports.parse("001_bb64c80d06ae6591.txt");
        LocatedReport r = parsed.located();
        assertHeader(r, "河曲县", "河曲县人民政府办公室", "2019");
        assertThat(r.title().title()).isEqualTo("河曲县人民政府办公室关于河曲县2020年政府信息公开工作报告");
        assertThat(r.missingSections()).isEmpty();
        ParsedReports.assertFacts(parsed.facts(), 22 + 161 + 15, """
                normative_documents.made=27
                normative_documents.published=32
                normative_documents.total_public=32
                administrative_license.prior_items=1837
                administrative_license.change=-825
                administrative_license.decisions=4323
                other_services.prior_items=3414
                other_services.change=49
                other_services.decisions=3469
                administrative_penalty.prior_items=215
                administrative_penalty.change=52
                administrative_penalty.decisions=123
                administrative_coercion.prior_items=16
                administrative_fees.prior_items=35
                central_procurement.projects=111
                central_procurement.amount=62423198.43 yuan
                new_received.natural_person=3
                new_received.total=3
                other.natural_person=3
                total_processed.natural_person=3
                total_processed.total=3
                review.other=1
                review.total=1
                """);
        assertThat(parsed.skips()).isEmpty();
        // The report leaves the 总计 cell of （六）其他处理 blank.
        assertThat(ParsedReports.failedChecks(parsed)).extracting(CheckFailure::rule, CheckFailure::rowCode, CheckFailure::columnCode)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("S3_ROW_TOTAL", "other", "total"),
                        org.assertj.core.groups.Tuple.tuple("S3_RESULT_TOTAL", "total_processed", "total"));
    }

    @Test
    void seed002SectionOneSubHeadingsAreNotSections() throws Exception {
        var parsed = ParsedReports.parse("002_7023baa7cc861516.txt");
        LocatedReport r = parsed.located();
        assertHeader(r, "沂源县", "沂源县人民政府", "2019");
        assertThat(r.missingSections()).isEmpty();
        assertThat(r.narrative()).extracting(NarrativeSection::heading)
                .containsExactly("—、总体情况", "五、政府信息公开工作存在的主要问题及改进情况", "六、其他需要报告的事项");
        assertThat(r.narrative().get(0).text()).contains("（2） 主动公开工作情况", "2.政府信息公开行政复议、行政诉讼情况。");
        ParsedReports.assertFacts(parsed.facts(), 22 + 161 + 15, """
                normative_documents.made=18
                normative_documents.published=18
                normative_documents.total_public=152
                administrative_license.prior_items=217
                administrative_license.change=279
                administrative_license.decisions=77486
                other_services.prior_items=24
                other_services.change=20
                other_services.decisions=14305
                administrative_penalty.prior_items=3674
                administrative_penalty.change=401
                administrative_penalty.decisions=145677
                administrative_coercion.prior_items=133
                administrative_coercion.change=28
                administrative_coercion.decisions=4722
                administrative_fees.prior_items=50
                central_procurement.projects=162
                central_procurement.amount=152200 unknown
                new_received.natural_person=99
                new_received.total=99
                granted.natural_person=82
                granted.total=82
                unable_not_held.natural_person=14
                unable_not_held.total=14
                other.natural_person=3
                other.total=3
                total_processed.natural_person=99
                total_processed.total=99
                """);
        assertThat(parsed.skips()).isEmpty();
        assertThat(ParsedReports.failedChecks(parsed)).isEmpty();
    }

    @Test
    void seed003PdfTextWithBrokenLabelsAndSpaceSeparatedNumbers() throws Exception {
        var parsed = ParsedReports.parse("003_13daec65706afb4d.txt");
        LocatedReport r = parsed.located();
        assertHeader(r, "沁县", "沁县人民政府", "2019");
        assertThat(r.missingSections()).isEmpty();
        ParsedReports.assertFacts(parsed.facts(), 22 + 161 + 15, """
                normative_documents.made=4
                normative_documents.published=4
                normative_documents.total_public=137
                administrative_license.prior_items=117
                administrative_license.change=85
                administrative_license.decisions=3208
                other_services.prior_items=327
                other_services.decisions=235
                administrative_penalty.prior_items=1351
                administrative_penalty.change=4
                administrative_penalty.decisions=76
                administrative_coercion.prior_items=80
                administrative_fees.prior_items=43
                administrative_fees.change=-2
                central_procurement.projects=415
                central_procurement.amount=151222750 yuan
                new_received.natural_person=1
                new_received.total=1
                unable_not_held.natural_person=1
                unable_not_held.total=1
                total_processed.natural_person=1
                total_processed.total=1
                """);
        assertThat(parsed.skips()).isEmpty();
        assertThat(ParsedReports.failedChecks(parsed)).isEmpty();
    }

    @Test
    void seed004MarkdownTownshipReport() throws Exception {
        var parsed = ParsedReports.parse("004_630953d30cc2ca0c.txt");
        LocatedReport r = parsed.located();
        assertHeader(r, "盐池县大水坑镇", "盐池县大水坑镇人民政府", "2019");
        assertThat(r.missingSections()).isEmpty();
        ParsedReports.assertFacts(parsed.facts(), 22 + 161 + 15, """
                administrative_penalty.prior_items=1
                administrative_penalty.decisions=99
                central_procurement.amount=0 unknown
                """);
        assertThat(parsed.skips()).isEmpty();
        assertThat(ParsedReports.failedChecks(parsed)).isEmpty();
    }
}
