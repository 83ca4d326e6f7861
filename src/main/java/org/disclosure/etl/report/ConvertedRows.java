package org.disclosure.etl.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Rows rebuilt from text that lost its table are only as good as the converter's reading order, and
 * pdftotext sets narrow columns out of order ({@code 2 1 7 1 3} for 2 | 1 | 1 | 3 | 7). A row whose
 * total does not add up in the printed order, though it would in another (one of its numbers is the
 * sum of the others), is in doubt: skipped with its text ({@code TEXT_UNVERIFIED}), never loaded as
 * it stands. A row that adds up in no order is the report's own slip, as on paper: loaded as printed,
 * and the checks flag it.
 */
final class ConvertedRows {

    private static final int GROUP_COLUMNS = 5;

    private ConvertedRows() {
    }

    static List<SourceRow> verified(int section, List<SourceRow> rows) {
        return switch (section) {
            case 3 -> rows.stream().map(r -> r.cells().size() == NumberRows.COLUMNS ? checked(r, "the six applicant columns") : r).toList();
            case 4 -> reviewLitigation(rows);
            default -> rows;
        };
    }

    /** Section 4's fifteen numbers on one line become its three groups, each checked on its own. */
    private static List<SourceRow> reviewLitigation(List<SourceRow> rows) {
        List<SourceRow> out = new ArrayList<>();
        for (SourceRow row : rows) {
            List<String> numbers = row.cells().stream().filter(c -> !c.isBlank()).toList();
            if (numbers.size() == 3 * GROUP_COLUMNS) {
                ReviewLitigationTable.groupRows(row, numbers).forEach(g -> out.add(checked(g, "upheld, corrected, other and pending")));
            } else {
                out.add(row.cells().size() == GROUP_COLUMNS ? checked(row, "upheld, corrected, other and pending") : row);
            }
        }
        return out;
    }

    /** The row, in doubt where its last cell is not the sum of the others but another cell is. */
    private static SourceRow checked(SourceRow row, String parts) {
        Optional<RowTotal> numbers = RowTotal.of(row.cells());
        if (numbers.isEmpty()) {
            return row; // not a number: the mapping skips it with its own reason
        }
        RowTotal printed = numbers.get();
        BigDecimal all = printed.sum().add(printed.total());
        boolean anotherOrderAddsUp = printed.values().stream().anyMatch(v -> v.add(v).compareTo(all) == 0);
        if (printed.addsUp() || !anotherOrderAddsUp) {
            return row;
        }
        return row.doubted(String.format(Locale.ROOT,
                "read from converted text, the total %s is not the sum %s of %s: the converter's order of the numbers cannot be trusted",
                printed.total().toPlainString(), printed.sum().toPlainString(), parts));
    }
}
