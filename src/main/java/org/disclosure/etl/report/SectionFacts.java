package org.disclosure.etl.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one report's statistical section yields: the facts of its rows, in printed order, and the
 * rows skipped with their reasons. A row printed twice counts once: a later printing whose cells are
 * all loaded already is a {@code DUPLICATE_ROW} skip. Every row printed (any cell holding a
 * character, header captions aside) is loaded or skipped: {@code rowsPrinted = rowsLoaded +
 * skipped rows}, and a section where that does not close gets a {@code ROWS_UNACCOUNTED} skip.
 */
public record SectionFacts(List<Fact> facts, List<SkippedRow> skipped, int rowsPrinted, int rowsLoaded) {

    public SectionFacts {
        facts = List.copyOf(facts);
        skipped = List.copyOf(skipped);
    }

    public static SectionFacts map(SectionTable table, List<SourceRow> rows, Template template) {
        List<Fact> facts = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>();
        Set<List<String>> loadedCells = new HashSet<>();
        int printed = 0;
        int loaded = 0;
        for (SourceRow row : rows) {
            if (!row.doubt().isEmpty()) {
                printed++;
                Optional<RowDefinition> named = table.identify(row, template);
                skipped.add(new SkippedRow(row, named.map(RowDefinition::tableCode).orElse(table.section().unrecognizedRowTable()),
                        named.map(RowDefinition::rowCode).orElse(""), row.doubtReason(), row.doubt()));
                continue;
            }
            List<Fact> mapped;
            try {
                mapped = table.map(row, template).stream().map(f -> f.readFrom(row)).toList();
            } catch (RowSkipException e) {
                RowDefinition recognized = e.row();
                mapped = null;
                skipped.add(new SkippedRow(row, recognized != null ? recognized.tableCode() : table.section().unrecognizedRowTable(),
                        recognized != null ? recognized.rowCode() : "", e.reason(), e.getMessage()));
            } catch (RuntimeException e) {
                // a parser bug on one row costs that row, not the run
                mapped = null;
                skipped.add(new SkippedRow(row, table.section().unrecognizedRowTable(), "", SkipReason.UNKNOWN_ROW, "parser error: " + e));
            }
            if (mapped != null && mapped.isEmpty() && isLayout(row)) {
                continue; // not a printed row: empty cells, or a header caption over blanks and dashes
            }
            printed++;
            if (mapped == null) {
                continue;
            }
            if (mapped.isEmpty()) {
                skipped.add(new SkippedRow(row, table.section().unrecognizedRowTable(), "", SkipReason.UNKNOWN_ROW,
                        "a row printed in the table that is no row of the " + template.code() + " template; nothing loaded"));
                continue;
            }
            boolean anyNew = false;
            for (Fact f : mapped) {
                if (loadedCells.add(List.of(f.tableCode(), f.rowCode(), f.columnCode()))) {
                    facts.add(f);
                    anyNew = true;
                }
            }
            if (anyNew) {
                loaded++;
            } else {
                Fact first = mapped.get(0);
                skipped.add(new SkippedRow(row, first.tableCode(), first.rowCode(), SkipReason.DUPLICATE_ROW,
                        first.rowCode() + " is printed more than once; only its first printing is loaded"));
            }
        }
        if (printed != loaded + skipped.size()) {
            skipped.add(new SkippedRow(new SourceRow("", "", List.of()), table.section().unrecognizedRowTable(), "", SkipReason.ROWS_UNACCOUNTED,
                    printed + " rows printed, " + loaded + " loaded, " + skipped.size() + " skipped: "
                            + Math.abs(printed - loaded - skipped.size()) + " row(s) not accounted for"));
        }
        return new SectionFacts(facts, skipped, printed, loaded);
    }

    /** A row that yields nothing and prints nothing of its own: no cell holds a character, or a header caption over dashes. */
    private static boolean isLayout(SourceRow row) {
        return !row.printsAnything() || row.allCellsBlank() && HeaderText.isHeader(row.label());
    }
}
