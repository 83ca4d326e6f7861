package org.disclosure.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.disclosure.etl.document.Table;

/**
 * Rows of a table read by OCR stand only where the table's own arithmetic confirms them: a
 * section 3 row whose six applicant columns add up to its total, a section 4 group whose upheld,
 * corrected, other and pending add up to its total. One misread digit breaks the sum, so a
 * confirmed row is the printed row. Section 2 has no arithmetic: its rows stand only where every
 * number was read with confidence. Any other row is skipped ({@code OCR_UNVERIFIED}) with what OCR
 * read, never guessed at.
 */
final class RecognizedRows {

    private static final String UNSURE = Table.UNSURE;
    private static final java.util.Map<Template, LabelMatcher> MATCHERS = LabelMatcher.perTemplate(3);
    private static final int APPLICATION_COLUMNS = 7;
    private static final int GROUP_COLUMNS = 5;

    private RecognizedRows() {
    }

    static List<SourceRow> confirmed(int section, List<SourceRow> rows) {
        List<SourceRow> out = new ArrayList<>();
        for (SourceRow row : rows) {
            if (isHeaderFragment(row)) {
                continue;
            }
            if (!row.printsAnything()) {
                out.add(row);
            } else if (section == 3) {
                out.add(checked(row, APPLICATION_COLUMNS, "the six applicant columns"));
            } else if (section == 4 && row.label().isEmpty() && row.cells().size() == 3 * GROUP_COLUMNS) {
                ReviewLitigationTable.groupRows(row, row.cells())
                        .forEach(g -> out.add(checked(g, GROUP_COLUMNS, "upheld, corrected, other and pending")));
            } else if (section == 4) {
                out.add(checked(row, GROUP_COLUMNS, "upheld, corrected, other and pending"));
            } else {
                out.add(sure(row));
            }
        }
        return out;
    }

    /**
     * Section 3's rows with a label OCR misread ({@code （七）总讨}) named by the form itself: a row
     * standing between two recognized rows that the template prints with exactly one row between
     * them is that row. Nothing else is inferred: where the template allows several rows between
     * (the three sub-rows of （六） or the one), the label stays as read and the row is skipped.
     */
    static List<SourceRow> namedByNeighbours(List<SourceRow> rows, Template template) {
        List<RowDefinition> form = Codebook.standard().rows(template, 3);
        LabelMatcher matcher = MATCHERS.get(template);
        List<Integer> printed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).printsAnything()) {
                printed.add(i);
            }
        }
        List<SourceRow> out = new ArrayList<>(rows);
        for (int k = 1; k + 1 < printed.size(); k++) {
            SourceRow row = rows.get(printed.get(k));
            if (matcher.match(row.label()).isPresent()) {
                continue;
            }
            Optional<RowDefinition> before = matcher.match(rows.get(printed.get(k - 1)).label());
            Optional<RowDefinition> after = matcher.match(rows.get(printed.get(k + 1)).label());
            if (before.isPresent() && after.isPresent() && form.indexOf(after.get()) - form.indexOf(before.get()) == 2) {
                RowDefinition between = form.get(form.indexOf(before.get()) + 1);
                out.set(printed.get(k), row.withLabel(between.parentLabel() + between.ownLabel()));
            }
        }
        return out;
    }

    /**
     * A row with no label and not one digit, dash or unread number: a piece of the header that OCR
     * split off (a single character of a wrapped caption), which prints no number to load or skip.
     */
    private static boolean isHeaderFragment(SourceRow row) {
        return row.label().isBlank() && row.cells().stream().noneMatch(c -> c.chars().anyMatch(ch -> Character.isDigit(ch) || ch == '-')
                || c.startsWith(UNSURE));
    }

    /** The row with its numbers as read, where its last cell is the sum of the others; otherwise in doubt. */
    private static SourceRow checked(SourceRow row, int width, String parts) {
        if (row.cells().size() != width) {
            return row.unconfirmed(String.format(Locale.ROOT, "read by OCR: %d cells where %d are printed, the row total cannot confirm them",
                    row.cells().size(), width));
        }
        if (row.cells().contains(UNSURE)) {
            return row.unconfirmed("read by OCR: a printed cell could not be read, so the row total cannot confirm the row");
        }
        List<String> cells = row.cells().stream().map(c -> c.startsWith(UNSURE) ? c.substring(UNSURE.length()) : c).toList();
        Optional<RowTotal> numbers = RowTotal.of(cells);
        if (numbers.isEmpty()) {
            String notANumber = cells.stream().filter(c -> NumberCell.parse(c).isEmpty()).findFirst().orElseThrow();
            return row.unconfirmed("read by OCR: '" + notANumber + "' is not a number, so the row total cannot confirm the row");
        }
        if (!numbers.get().addsUp()) {
            return row.unconfirmed(String.format(Locale.ROOT, "read by OCR: the total %s is not the sum %s of %s, so a number may be misread",
                    numbers.get().total().toPlainString(), numbers.get().sum().toPlainString(), parts));
        }
        if (numbers.get().nonZeroParts() <= 1 && echoedUnsurely(row.cells(), numbers.get())) {
            // one number and its total: the same misreading of both (17 read as 7 twice) adds up as well as the truth
            return row.unconfirmed("read by OCR: one number and its total, which the same misreading of both would not show,"
                    + " and they were not read surely");
        }
        return row.withCells(cells);
    }

    /** Whether the row's one non-zero number, or its total, was read unsurely (its zeros the sum would catch). */
    private static boolean echoedUnsurely(List<String> cells, RowTotal numbers) {
        for (int i = 0; i < cells.size(); i++) {
            boolean echoed = i == cells.size() - 1 || numbers.values().get(i).signum() != 0;
            if (echoed && cells.get(i).startsWith(UNSURE)) {
                return true;
            }
        }
        return false;
    }

    /** A section 2 row: standing only where no number is marked unsure. */
    private static SourceRow sure(SourceRow row) {
        if (row.cells().stream().anyMatch(c -> c.startsWith(UNSURE))) {
            return row.unconfirmed("read by OCR at low confidence, and section 2 has no total to confirm it");
        }
        return row;
    }
}
