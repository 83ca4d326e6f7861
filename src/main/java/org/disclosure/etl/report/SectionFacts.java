package org.disclosure.etl.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one report's statistical section yields: the facts of its rows, in printed order, and the
 * rows skipped with their reasons. A row printed twice counts once: a later printing whose cells are
 * all loaded already is a {@code DUPLICATE_ROW} skip.
 */
public record SectionFacts(List<Fact> facts, List<SkippedRow> skipped) {

    /** The table a row not recognized as any codebook row is logged under; section 2 has five, so none. */
    private static final String[] SECTION_TABLE = {"", "", "", "s3_applications", "s4_review_litigation"};

    public SectionFacts {
        facts = List.copyOf(facts);
        skipped = List.copyOf(skipped);
    }

    public static SectionFacts map(SectionTable table, List<SourceRow> rows, Template template) {
        List<Fact> facts = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>();
        Set<List<String>> loadedCells = new HashSet<>();
        for (SourceRow row : rows) {
            List<Fact> mapped;
            try {
                mapped = table.map(row, template);
            } catch (RowSkipException e) {
                RowDefinition recognized = e.row();
                skipped.add(new SkippedRow(row, recognized != null ? recognized.tableCode() : SECTION_TABLE[table.section()],
                        recognized != null ? recognized.rowCode() : "", e.reason(), e.getMessage()));
                continue;
            } catch (RuntimeException e) {
                // a parser bug on one row costs that row, not the run
                skipped.add(new SkippedRow(row, SECTION_TABLE[table.section()], "", SkipReason.UNKNOWN_ROW, "parser error: " + e));
                continue;
            }
            boolean anyNew = false;
            for (Fact f : mapped) {
                if (loadedCells.add(List.of(f.tableCode(), f.rowCode(), f.columnCode()))) {
                    facts.add(f);
                    anyNew = true;
                }
            }
            if (!mapped.isEmpty() && !anyNew) {
                Fact first = mapped.get(0);
                skipped.add(new SkippedRow(row, first.tableCode(), first.rowCode(), SkipReason.DUPLICATE_ROW,
                        first.rowCode() + " is printed more than once; only its first printing is loaded"));
            }
        }
        return new SectionFacts(facts, skipped);
    }
}
