package org.disclosure.etl.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.etl.document.PrintedPlace;
import org.disclosure.etl.document.ReadMethod;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.ColumnDefinition;
import org.disclosure.etl.report.Fact;
import org.disclosure.etl.report.RowDefinition;
import org.disclosure.etl.report.Template;
import org.junit.jupiter.api.Test;

class CorrectionPlanTest {

    private static final Cell.Row GRANTED = new Cell.Row(3, "s3_applications", "granted");
    private static final List<String> COLUMNS = List.of("natural_person", "commercial", "research", "social_welfare", "legal_services",
            "other_org", "total");
    private static final PrintedPlace ROW = new PrintedPlace(2, 56.7f, 300.2f, 538.6f, 318.9f);

    @Test
    void aWhollyCorrectedRowLoadsAsManualFactsWhereItWasPrintedAndResolvesItsSkip() {
        List<CorrectionPlan.Standing> corrections = row(GRANTED, "0 3 0 6 16 0 26", CorrectionState.ACCEPTED, 10);
        CorrectionPlan plan = CorrectionPlan.of(corrections, List.of(new CorrectionPlan.OpenRow(77, GRANTED, ROW)), Map.of(), CorrectionPlanTest::columns);
        assertThat(plan.loaded()).extracting(f -> f.columnCode() + "=" + Fact.plain(f.value()) + " " + f.method() + " " + f.place())
                .containsExactly("natural_person=0 MANUAL " + ROW, "commercial=3 MANUAL " + ROW, "research=0 MANUAL " + ROW,
                        "social_welfare=6 MANUAL " + ROW, "legal_services=16 MANUAL " + ROW, "other_org=0 MANUAL " + ROW, "total=26 MANUAL " + ROW);
        assertThat(plan.outcomes()).extracting(CorrectionPlan.Outcome::state).containsOnly(CorrectionState.APPLIED).hasSize(7);
        assertThat(plan.resolved()).containsExactly(new CorrectionPlan.Resolved(77, 10));
    }

    @Test
    void aPartlyCorrectedRowStaysSkippedAndItsCorrectionsWait() {
        List<CorrectionPlan.Standing> corrections = List.of(standing(11, GRANTED, "research", "14", CorrectionState.ACCEPTED));
        CorrectionPlan plan = CorrectionPlan.of(corrections, List.of(new CorrectionPlan.OpenRow(77, GRANTED, ROW)), Map.of(), CorrectionPlanTest::columns);
        assertThat(plan.loaded()).isEmpty();
        assertThat(plan.resolved()).isEmpty();
        assertThat(plan.outcomes()).containsExactly(new CorrectionPlan.Outcome(11, CorrectionState.PENDING,
                "1 of the row's 7 unread cells corrected; the row stays skipped until all are", null));
    }

    @Test
    void aCellTheParserReadIsNotCorrectedButAReadingAgainConfirmsOrConflicts() {
        Map<Cell, CorrectionPlan.Held> parsed = new HashMap<>();
        List<String> values = List.of("0", "3", "0", "6", "16", "0", "25");
        for (int i = 0; i < COLUMNS.size(); i++) {
            parsed.put(cell(GRANTED, COLUMNS.get(i)), new CorrectionPlan.Held(new BigDecimal(values.get(i)), ReadMethod.TABLE));
        }
        CorrectionPlan fresh = CorrectionPlan.of(List.of(standing(20, GRANTED, "total", "26", CorrectionState.ACCEPTED)), List.of(), parsed,
                CorrectionPlanTest::columns);
        assertThat(fresh.outcomes()).singleElement().satisfies(o -> assertThat(o.state()).isEqualTo(CorrectionState.REJECTED));
        assertThat(fresh.outcomes().get(0).reason()).startsWith("not a skipped cell: the report's own reading is 25");
        assertThat(fresh.loaded()).isEmpty();

        // applied before, and the report read again by a parser that now reads the row
        List<CorrectionPlan.Standing> applied = row(GRANTED, "0 3 0 6 16 0 26", CorrectionState.APPLIED, 30);
        CorrectionPlan again = CorrectionPlan.of(applied, List.of(), parsed, CorrectionPlanTest::columns);
        assertThat(again.outcomes()).extracting(CorrectionPlan.Outcome::state).containsExactly(CorrectionState.CONFIRMED,
                CorrectionState.CONFIRMED, CorrectionState.CONFIRMED, CorrectionState.CONFIRMED, CorrectionState.CONFIRMED,
                CorrectionState.CONFIRMED, CorrectionState.CONFLICT);
        assertThat(again.outcomes().get(6).reason()).isEqualTo("the report read again gives 25; the operator's 26 stands");
        assertThat(again.outcomes().get(6).parsedValue()).isEqualByComparingTo("25");
        assertThat(again.loaded()).extracting(f -> f.columnCode() + "=" + Fact.plain(f.value()) + " " + f.method())
                .containsExactly("total=26 MANUAL");
    }

    @Test
    void aCellOfARowThatWasNotSkippedIsRefused() {
        CorrectionPlan plan = CorrectionPlan.of(List.of(standing(40, GRANTED, "total", "26", CorrectionState.ACCEPTED)), List.of(), Map.of(),
                CorrectionPlanTest::columns);
        assertThat(plan.outcomes()).containsExactly(new CorrectionPlan.Outcome(40, CorrectionState.REJECTED,
                "not a skipped cell: row granted of s3_applications is not among the report's skipped rows", null));
    }

    @Test
    void appliedCorrectionsOfARowLoadedByHandStayAppliedAndALaterOneReplacesTheNumber() {
        Map<Cell, CorrectionPlan.Held> held = new HashMap<>();
        COLUMNS.forEach(c -> held.put(cell(GRANTED, c), new CorrectionPlan.Held(BigDecimal.ONE, ReadMethod.MANUAL)));
        CorrectionPlan plan = CorrectionPlan.of(List.of(standing(50, GRANTED, "total", "1", CorrectionState.APPLIED),
                standing(51, GRANTED, "research", "2", CorrectionState.ACCEPTED)), List.of(), held, CorrectionPlanTest::columns);
        assertThat(plan.outcomes()).extracting(CorrectionPlan.Outcome::state).containsExactly(CorrectionState.APPLIED, CorrectionState.APPLIED);
        assertThat(plan.loaded()).extracting(f -> f.columnCode() + "=" + Fact.plain(f.value())).containsExactly("research=2");
    }

    private static List<ColumnDefinition> columns(Cell.Row row) {
        return Codebook.standard().row(Template.T2021, row.tableCode(), row.rowCode()).map(RowDefinition::columns).orElseThrow();
    }

    private static List<CorrectionPlan.Standing> row(Cell.Row row, String values, CorrectionState state, long firstId) {
        String[] v = values.split(" ");
        return java.util.stream.IntStream.range(0, v.length).mapToObj(i -> standing(firstId + i, row, COLUMNS.get(i), v[i], state)).toList();
    }

    private static CorrectionPlan.Standing standing(long id, Cell.Row row, String column, String value, CorrectionState state) {
        return new CorrectionPlan.Standing(id, cell(row, column), new BigDecimal(value), state);
    }

    private static Cell cell(Cell.Row row, String column) {
        return new Cell(row.section(), row.tableCode(), row.rowCode(), column);
    }
}
