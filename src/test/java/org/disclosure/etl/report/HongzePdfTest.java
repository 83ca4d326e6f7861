package org.disclosure.etl.report;

import org.disclosure.etl.document.scan.Tesseract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclosure.etl.document.Document;
import org.disclosure.etl.document.formats.DocumentReaders;
import org.disclosure.etl.document.Paragraph;
import org.disclosure.etl.document.Table;
import org.disclosure.etl.document.pdf.PdfReader;
import org.disclosure.etl.check.CheckFailure;
import org.junit.jupiter.api.Test;

/**
 * The real PDF report of 洪泽区 for 2023, exported by WPS: tables drawn with ruling lines, the
 * section-3 table broken across pages 3 and 4 inside its merged label cells, 三、本年度办理结果 set
 * vertically, （六）其他处理 as a single row, the misprinted label 2.其他法律行政止公开, page numbers
 * -1- to -5-, and section-4 totals its authors left at 0.
 */
class HongzePdfTest {

    private static final Path FILE = Path.of("src/test/resources/fixtures/pdf/hongze-district-2023.pdf");

    /** Every fact says how it was read and where its row was printed: section 3 starts on page 3 and ends on page 4, after the break. */
    @Test
    void everyFactKnowsItsMethodAndThePlaceOfItsRow() throws Exception {
        List<Fact> facts = ParsedReports.parse(FILE).facts();
        assertThat(facts).allSatisfy(f -> {
            assertThat(f.method()).isEqualTo(org.disclosure.etl.document.ReadMethod.TABLE);
            assertThat(f.place()).isNotNull();
            assertThat(f.place().left()).isLessThan(f.place().right());
            assertThat(f.place().top()).isLessThan(f.place().bottom());
            assertThat(f.place().right()).isLessThanOrEqualTo(595.5f);
            assertThat(f.place().bottom()).isLessThanOrEqualTo(842f);
        });
        java.util.function.Function<String, Integer> pageOf = row -> facts.stream().filter(f -> f.rowCode().equals(row))
                .map(f -> f.place().page()).distinct().reduce((a, b) -> -1).orElseThrow();
        assertThat(pageOf.apply("new_received")).isEqualTo(3);
        assertThat(pageOf.apply("carried_forward")).isEqualTo(4);
        assertThat(facts.stream().filter(f -> f.section() == 4).map(f -> f.place().page()).distinct()).containsExactly(4);
    }

    @Test
    void everyFactOfTheRealPdf() throws Exception {
        ParsedReports.Parsed parsed = ParsedReports.parse(FILE);
        LocatedReport r = parsed.located();
        assertThat(r.title().title()).isEqualTo("洪泽区人民政府2023年政府信息公开工作年度报告");
        assertThat(r.title().jurisdiction()).isEqualTo("洪泽区");
        assertThat(r.title().agency()).isEqualTo("洪泽区人民政府");
        assertThat(r.title().reportYear()).isEqualTo(2023);
        assertThat(r.template()).isEqualTo(Template.T2021);
        assertThat(r.missingSections()).isEmpty();
        assertThat(r.warnings()).isEmpty();
        assertThat(parsed.skips()).isEmpty();
        // Section 2: 6 + 1 + 2 + 1; section 3: 23 rows x 7; section 4: 15.
        ParsedReports.assertFacts(parsed.facts(), 10 + 161 + 15, """
                normative_documents.repealed=5
                normative_documents.in_force=5
                administrative_license.decisions=550
                administrative_penalty.decisions=4119
                administrative_coercion.decisions=195
                administrative_fees.amount=77302800 yuan
                new_received.natural_person=21
                new_received.total=21
                partially_granted.natural_person=4
                partially_granted.total=4
                denied_state_secret.natural_person=1
                denied_state_secret.total=1
                denied_process_info.natural_person=1
                denied_process_info.total=1
                denied_enforcement_case.natural_person=1
                denied_enforcement_case.total=1
                unable_not_held.natural_person=10
                unable_not_held.total=10
                unable_needs_creation.natural_person=3
                unable_needs_creation.total=3
                rejected_petition.natural_person=1
                rejected_petition.total=1
                total_processed.natural_person=21
                total_processed.total=21
                review.upheld=10
                review.corrected=1
                litigation_after_review.upheld=5
                """);
        assertThat(parsed.facts()).filteredOn(f -> f.rowCode().equals("denied_prohibited_by_law")).hasSize(7);
        assertThat(parsed.facts()).filteredOn(f -> f.rowCode().equals("other")).hasSize(7);
    }

    @Test
    void layoutIsRebuiltFromGlyphsAndRulings() throws Exception {
        Document doc = new PdfReader(DocumentReaders.MAX_PAGES, Tesseract.Availability.none("not here")).read(Files.readAllBytes(FILE));
        List<String> paragraphs = doc.blocks().stream().filter(Paragraph.class::isInstance)
                .map(b -> ((Paragraph) b).text()).toList();
        List<Table> tables = doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
        // Page numbers -1- to -5- dropped; the wrapped title's lines and widely set text kept whole.
        assertThat(paragraphs).noneMatch(p -> p.matches("-\\s*\\d+\\s*-")).contains("洪泽区人民政府",
                "2023年政府信息公开工作年度报告", "号，邮编：223100，电话：0517-87222589，电子邮箱：");
        // Section 2 spans pages 2 and 3 as two tables; section 3 is one table again, pages 3 and 4 joined.
        assertThat(tables).hasSize(4);
        List<List<String>> applications = tables.get(2).rows();
        assertThat(applications).contains(
                List.of("三、本年度办理结果", "（四）无法提供", "3.补正后申请内容仍不明确", "0", "0", "0", "0", "0", "0", "0"),
                List.of("三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "4", "0", "0", "0", "0", "0", "4"));
        assertThat(tables.get(3).rows().get(3)).containsExactly(
                "10", "1", "0", "0", "0", "0", "0", "0", "0", "0", "5", "0", "0", "0", "0");
    }

    @Test
    void theTotalsItsAuthorsLeftAtZeroAreFlagged() throws Exception {
        ParsedReports.Parsed parsed = ParsedReports.parse(FILE);
        assertThat(ParsedReports.failedChecks(parsed))
                .extracting(CheckFailure::rowCode, CheckFailure::columnCode, CheckFailure::expected, CheckFailure::actual)
                .containsExactlyInAnyOrder(
                        tuple("review", "total", new BigDecimal("11"), BigDecimal.ZERO),
                        tuple("litigation_after_review", "total", new BigDecimal("5"), BigDecimal.ZERO));
    }
}
