package org.disclosure.etl.correction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.disclosure.etl.document.PrintedPlace;
import org.disclosure.etl.document.ReadMethod;
import org.disclosure.etl.report.ColumnDefinition;
import org.disclosure.etl.report.Fact;

/**
 * What one report's standing corrections do to it, as it is now in the warehouse. A correction fills a
 * cell of a skipped row; the row is loaded (its cells as {@code manual} facts, its skip resolved) only
 * once every cell it lacks is corrected, otherwise it stays skipped and its corrections wait. Where the
 * report holds the parser's own number for the cell (it was read again and now reads it), equal numbers
 * confirm the correction, different ones are a conflict in which the operator's number stands. A
 * correction of a cell the parser read, never skipped, is refused: published numbers that break their
 * own arithmetic are flagged by the checks, not corrected.
 */
public final class CorrectionPlan {

    /** A correction that stands. */
    public record Standing(long id, Cell cell, BigDecimal value, CorrectionState state) {
    }

    /** A skipped row of the report that names its template row. */
    public record OpenRow(long skipId, Cell.Row row, PrintedPlace place) {
    }

    /** A number the report holds, and how it was read. */
    public record Held(BigDecimal value, ReadMethod method) {
    }

    /** What becomes of a correction. */
    public record Outcome(long id, CorrectionState state, String reason, BigDecimal parsedValue) {
    }

    /** A skip resolved by a correction. */
    public record Resolved(long skipId, long correctionId) {
    }

    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<Fact> loaded = new ArrayList<>();
    private final List<Resolved> resolved = new ArrayList<>();

    private CorrectionPlan() {
    }

    /**
     * @param columns a template row's columns, from the codebook of the report's template
     */
    public static CorrectionPlan of(List<Standing> corrections, List<OpenRow> openRows, Map<Cell, Held> held,
                                    Function<Cell.Row, List<ColumnDefinition>> columns) {
        CorrectionPlan plan = new CorrectionPlan();
        Map<Cell.Row, List<OpenRow>> skipped = new HashMap<>();
        openRows.forEach(r -> skipped.computeIfAbsent(r.row(), k -> new ArrayList<>()).add(r));
        Map<Cell.Row, List<Standing>> filling = new LinkedHashMap<>();
        for (Standing c : corrections) {
            Held cell = held.get(c.cell());
            if (cell != null && cell.method() == ReadMethod.MANUAL) {
                if (cell.value().compareTo(c.value()) != 0) {
                    plan.loaded.add(manual(c, columns, null)); // a later correction of a cell loaded by hand
                }
                plan.outcomes.add(new Outcome(c.id(), c.state() == CorrectionState.ACCEPTED ? CorrectionState.APPLIED : c.state(),
                        null, null));
            } else if (cell != null && c.state() == CorrectionState.ACCEPTED) {
                plan.outcomes.add(new Outcome(c.id(), CorrectionState.REJECTED, "not a skipped cell: the report's own reading is "
                        + Fact.plain(cell.value()) + " (a printed number that breaks the arithmetic is flagged, not corrected)", null));
            } else if (cell != null && cell.value().compareTo(c.value()) == 0) {
                plan.outcomes.add(new Outcome(c.id(), CorrectionState.CONFIRMED, null, cell.value()));
            } else if (cell != null) {
                plan.loaded.add(manual(c, columns, null));
                plan.outcomes.add(new Outcome(c.id(), CorrectionState.CONFLICT, "the report read again gives " + Fact.plain(cell.value())
                        + "; the operator's " + Fact.plain(c.value()) + " stands", cell.value()));
            } else if (!skipped.containsKey(c.cell().row())) {
                plan.outcomes.add(new Outcome(c.id(), CorrectionState.REJECTED,
                        "not a skipped cell: row " + c.cell().rowCode() + " of " + c.cell().tableCode() + " is not among the report's skipped rows", null));
            } else {
                filling.computeIfAbsent(c.cell().row(), k -> new ArrayList<>()).add(c);
            }
        }
        for (Map.Entry<Cell.Row, List<Standing>> row : filling.entrySet()) {
            List<String> lacking = columns.apply(row.getKey()).stream().map(ColumnDefinition::code)
                    .filter(code -> !held.containsKey(new Cell(row.getKey().section(), row.getKey().tableCode(), row.getKey().rowCode(), code)))
                    .toList();
            List<Standing> given = row.getValue();
            if (given.size() < lacking.size()) {
                String reason = given.size() + " of the row's " + lacking.size() + " unread cells corrected; the row stays skipped until all are";
                given.forEach(c -> plan.outcomes.add(new Outcome(c.id(), CorrectionState.PENDING, reason, null)));
                continue;
            }
            OpenRow open = skipped.get(row.getKey()).get(0);
            for (Standing c : given) {
                plan.loaded.add(manual(c, columns, open.place()));
                plan.outcomes.add(new Outcome(c.id(), CorrectionState.APPLIED, null, null));
            }
            skipped.get(row.getKey()).forEach(s -> plan.resolved.add(new Resolved(s.skipId(), given.get(0).id())));
        }
        return plan;
    }

    private static Fact manual(Standing c, Function<Cell.Row, List<ColumnDefinition>> columns, PrintedPlace place) {
        ColumnDefinition column = columns.apply(c.cell().row()).stream().filter(d -> d.code().equals(c.cell().columnCode()))
                .findFirst().orElseThrow();
        Cell cell = c.cell();
        return new Fact(cell.section(), cell.tableCode(), cell.rowCode(), cell.columnCode(), c.value(), column.unit(),
                Fact.plain(c.value()), ReadMethod.MANUAL, place);
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    /** Manual facts to load, each replacing any number the report holds in its cell. */
    public List<Fact> loaded() {
        return loaded;
    }

    public List<Resolved> resolved() {
        return resolved;
    }
}
