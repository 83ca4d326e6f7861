package org.disclosure.etl.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Section 3's rows of numbers in text that lost its table: each line split into its label
 * fragments and its numbers, the numbers made into rows of seven. Numbers split over two lines (a
 * total printed on the line above or below the six others) are one row when exactly one way of
 * joining them adds up; digits run together are cut every way that adds up, for the table's column
 * totals to choose among ({@link ApplicationsAlignment}).
 */
final class NumberRows {

    static final int COLUMNS = 7;

    private NumberRows() {
    }

    /**
     * A run of numbers that makes one row of seven, with the text of the lines it came from and around
     * it. Digits run together may make a row in more than one way that adds up: each is a candidate,
     * and the table's column totals choose.
     */
    record NumberRow(List<List<String>> candidates, String evidence) {

        List<String> cells() {
            return candidates.get(0);
        }
    }

    /** More combinations of candidate rows than this and the text is too ambiguous to align. */
    private static final int MAX_COMBINATIONS = 256;

    private record Line(String fragments, List<String> numbers) {
    }

    /**
     * The number rows in reading order. Lines of numbers are joined into rows of seven; a line whose
     * numbers cannot be made into a row in exactly one way that adds up makes the whole text unaligned.
     */
    static Optional<List<NumberRow>> of(List<String> text) {
        List<Line> lines = text.stream().map(NumberRows::line).toList();
        List<int[]> spans = new ArrayList<>();
        List<List<List<String>>> cells = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).numbers().isEmpty()) {
                i++;
                continue;
            }
            int next = nextNumberLine(lines, i + 1);
            List<String> own = lines.get(i).numbers();
            Set<List<String>> joined = new HashSet<>();
            if (next >= 0 && next - i <= 3 && own.size() + lines.get(next).numbers().size() == COLUMNS) {
                List<String> other = lines.get(next).numbers();
                addIfRowAddsUp(joined, concat(own, other));
                addIfRowAddsUp(joined, concat(other, own)); // the total printed on the line above the six others
            }
            if (!joined.isEmpty()) {
                if (joined.size() > 1) {
                    return Optional.empty();
                }
                spans.add(new int[] {i, next});
                cells.add(List.of(joined.iterator().next()));
                i = next + 1;
                continue;
            }
            if (own.size() == COLUMNS) {
                spans.add(new int[] {i, i});
                cells.add(List.of(own));
            } else {
                List<List<String>> adding = GluedDigits.splits(own, COLUMNS).stream().filter(NumberRows::rowAddsUp).toList();
                if (!adding.isEmpty()) {
                    spans.add(new int[] {i, i});
                    cells.add(adding);
                } else if (!(own.size() == 1 && lines.get(i).fragments().isEmpty())) {
                    return Optional.empty(); // a lone number that joins nothing is a page number; anything else is not understood
                }
            }
            i++;
        }
        List<NumberRow> rows = new ArrayList<>();
        for (int r = 0; r < spans.size(); r++) {
            int from = r == 0 ? 0 : spans.get(r - 1)[1] + 1;
            int to = r + 1 < spans.size() ? spans.get(r + 1)[0] - 1 : lines.size() - 1;
            StringBuilder evidence = new StringBuilder();
            for (int l = from; l <= to; l++) {
                evidence.append(lines.get(l).fragments());
            }
            rows.add(new NumberRow(cells.get(r), LabelText.normalize(evidence.toString())));
        }
        return Optional.of(rows);
    }

    private static Line line(String text) {
        List<String> tokens = LooseRows.tokens(text);
        StringBuilder fragments = new StringBuilder();
        List<String> numbers = new ArrayList<>();
        for (String token : tokens) {
            if (isNumber(token)) {
                numbers.add(token);
            } else {
                fragments.append(token);
            }
        }
        return new Line(fragments.toString(), numbers);
    }

    /** A count as the table prints it: digits, or a dash for none. */
    private static boolean isNumber(String token) {
        return NumberCell.parse(token).isPresent() && (token.chars().anyMatch(Character::isDigit) || token.length() == 1);
    }

    private static int nextNumberLine(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).numbers().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void addIfRowAddsUp(Set<List<String>> rows, List<String> cells) {
        if (rowAddsUp(cells)) {
            rows.add(cells);
        }
    }

    /** S3_ROW_TOTAL: the six applicant columns add up to the total. */
    static boolean rowAddsUp(List<String> cells) {
        if (cells.size() != COLUMNS) {
            return false;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int c = 0; c < COLUMNS - 1; c++) {
            sum = sum.add(value(cells.get(c)));
        }
        return sum.compareTo(value(cells.get(COLUMNS - 1))) == 0;
    }

    static BigDecimal value(String cell) {
        return NumberCell.parse(cell).map(NumberCell::value).orElse(BigDecimal.valueOf(-1));
    }

    /** Every choice of one candidate per number row; empty if there are too many. */
    static List<List<List<String>>> combinations(List<NumberRow> rows) {
        List<List<List<String>>> combinations = new ArrayList<>();
        combinations.add(List.of());
        for (NumberRow row : rows) {
            List<List<List<String>>> longer = new ArrayList<>();
            for (List<List<String>> prefix : combinations) {
                for (List<String> candidate : row.candidates()) {
                    List<List<String>> next = new ArrayList<>(prefix);
                    next.add(candidate);
                    longer.add(next);
                }
            }
            if (longer.size() > MAX_COMBINATIONS) {
                return List.of();
            }
            combinations = longer;
        }
        return combinations;
    }

}
