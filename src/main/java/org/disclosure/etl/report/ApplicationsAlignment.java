package org.disclosure.etl.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Section 3 rebuilt from text that lost its table (what pdftotext, PDF-to-Markdown converters and OCR
 * make of a report), guided by the template: the template fixes which rows exist and in what order,
 * so the sequence of number rows is aligned to the template's rows, the label fragments around each
 * (above, beside and below its numbers, however the converter wrapped them) serving as evidence
 * ({@link NumberRows} makes the rows of numbers). An alignment is accepted only when exactly one of the best-scoring
 * alignments makes the table's own arithmetic hold (row totals, result totals, balance); otherwise
 * nothing is taken from here and the rows are read by their labels alone ({@link LooseRows}).
 */
public final class ApplicationsAlignment {

    /** A template row with no number row, or a number row with no template row: what a gap costs. */
    private static final double GAP = 0.35;
    private static final int MAX_ALIGNMENTS = 256;
    private static final double EPSILON = 1e-9;
    private static final List<LabelMatcher> APPLICATION_ROWS = List.copyOf(LabelMatcher.perTemplate(3).values());

    private ApplicationsAlignment() {
    }

    /** The rows the alignment places, with the template's labels; empty when no single consistent alignment exists. */
    public static Optional<List<SourceRow>> of(List<String> lines) {
        Optional<List<NumberRows.NumberRow>> numberRows = NumberRows.of(lines);
        if (numberRows.isEmpty() || numberRows.get().isEmpty()) {
            return Optional.empty();
        }
        List<List<List<String>>> combinations = NumberRows.combinations(numberRows.get());
        if (combinations.isEmpty()) {
            return Optional.empty();
        }
        // Of the alignments that add up, those leaving the fewest rows unplaced (number rows and template
        // rows alike), then the best scoring; accepted only if they all give the same numbers.
        int fewestGaps = Integer.MAX_VALUE;
        double bestScore = Double.NEGATIVE_INFINITY;
        List<List<SourceRow>> accepted = new ArrayList<>();
        for (List<RowDefinition> variant : variants()) {
            Alignments alignments = bestAlignments(numberRows.get(), variant);
            for (int[] placement : alignments.placements()) {
                int gaps = gaps(placement, variant.size());
                if (gaps > fewestGaps || gaps == fewestGaps && alignments.score() < bestScore - EPSILON) {
                    continue;
                }
                for (List<List<String>> cells : combinations) {
                    List<SourceRow> rows = placed(cells, variant, placement);
                    if (!addsUp(rows, variant, placement)) {
                        continue;
                    }
                    if (gaps < fewestGaps || alignments.score() > bestScore + EPSILON) {
                        fewestGaps = gaps;
                        bestScore = alignments.score();
                        accepted.clear();
                    }
                    if (accepted.stream().noneMatch(a -> sameNumbers(a, rows))) {
                        accepted.add(rows);
                    }
                }
            }
        }
        return accepted.size() == 1 ? Optional.of(accepted.get(0)) : Optional.empty();
    }

    /** Number rows left unplaced plus template rows left without a number row. */
    private static int gaps(int[] placement, int templateRows) {
        int placed = (int) java.util.Arrays.stream(placement).filter(p -> p >= 0).count();
        return placement.length - placed + templateRows - placed;
    }

    /**
     * Whether a table's section 3 rows need aligning: rows printing numbers under a label no template
     * row has (or none at all: a converter's table whose labels stand elsewhere), or fewer numbers than
     * a row has and no blank cell they could stand in (digits run together).
     */
    static boolean needed(List<SourceRow> rows) {
        return rows.stream().anyMatch(r -> r.printsAnything() && !r.allCellsBlank()
                && (APPLICATION_ROWS.stream().allMatch(m -> m.match(r.label()).isEmpty())
                        || r.cells().size() < 7 && r.cells().stream().noneMatch(String::isBlank)));
    }

    /** The template's row sequences: （六） as one row, or as its three sub-rows (2021). */
    private static List<List<RowDefinition>> variants() {
        List<RowDefinition> rows = Codebook.standard().rows(Template.T2021, 3);
        return List.of(rows.stream().filter(r -> !r.rowCode().startsWith("other_")).toList(),
                rows.stream().filter(r -> !r.rowCode().equals("other")).toList());
    }

        /** How well a number row's text speaks for a template row: the share of the row's own label's character pairs found in it. */
    static double evidence(NumberRows.NumberRow row, RowDefinition definition) {
        String own = LabelText.strip(definition.ownLabel());
        String text = row.evidence();
        if (own.length() < 2 || text.isEmpty()) {
            return 0;
        }
        int pairs = 0;
        int found = 0;
        for (int i = 0; i + 2 <= own.length(); i++) {
            pairs++;
            if (text.contains(own.substring(i, i + 2))) {
                found++;
            }
        }
        return (double) found / pairs;
    }

    /**
     * The best alignments of the number rows to the template rows (each number row to one template
     * row, in order, or to none): placement[i] is number row i's template row, or -1.
     */
    private record Alignments(double score, List<int[]> placements) {
    }

    private static Alignments bestAlignments(List<NumberRows.NumberRow> rows, List<RowDefinition> template) {
        int m = rows.size();
        int n = template.size();
        double[][] score = scores(rows, template);
        double[][] best = new double[m + 1][n + 1];
        for (int i = 0; i <= m; i++) {
            for (int j = 0; j <= n; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double value = Double.NEGATIVE_INFINITY;
                if (i > 0 && j > 0) {
                    value = Math.max(value, best[i - 1][j - 1] + score[i - 1][j - 1]);
                }
                if (i > 0) {
                    value = Math.max(value, best[i - 1][j] - GAP);
                }
                if (j > 0) {
                    value = Math.max(value, best[i][j - 1] - GAP);
                }
                best[i][j] = value;
            }
        }
        List<int[]> alignments = new ArrayList<>();
        trace(score, best, m, n, new int[m], alignments);
        return new Alignments(best[m][n], alignments);
    }

    /**
     * What placing number row i on template row j scores: its evidence for j beyond its average
     * evidence, so that text speaking for every row (all labels in one block above a table that lost
     * them) speaks for none.
     */
    private static double[][] scores(List<NumberRows.NumberRow> rows, List<RowDefinition> template) {
        double[][] score = new double[rows.size()][template.size()];
        for (int i = 0; i < rows.size(); i++) {
            double sum = 0;
            for (int j = 0; j < template.size(); j++) {
                score[i][j] = evidence(rows.get(i), template.get(j));
                sum += score[i][j];
            }
            double mean = sum / template.size();
            for (int j = 0; j < template.size(); j++) {
                score[i][j] -= mean;
            }
        }
        return score;
    }

    private static void trace(double[][] score, double[][] best, int i, int j, int[] placement, List<int[]> out) {
        if (out.size() >= MAX_ALIGNMENTS) {
            return;
        }
        if (i == 0 && j == 0) {
            out.add(placement.clone());
            return;
        }
        if (i > 0 && j > 0 && Math.abs(best[i][j] - best[i - 1][j - 1] - score[i - 1][j - 1]) < EPSILON) {
            placement[i - 1] = j - 1;
            trace(score, best, i - 1, j - 1, placement, out);
        }
        if (i > 0 && Math.abs(best[i][j] - best[i - 1][j] + GAP) < EPSILON) {
            placement[i - 1] = -1;
            trace(score, best, i - 1, j, placement, out);
        }
        if (j > 0 && Math.abs(best[i][j] - best[i][j - 1] + GAP) < EPSILON) {
            trace(score, best, i, j - 1, placement, out);
        }
    }

    /**
     * The number rows as source rows: placed ones under their template row's label, a row no template
     * row takes (a converter's placeholder row of dashes, say) without a label, so that it is skipped
     * with its text rather than dropped.
     */
    private static List<SourceRow> placed(List<List<String>> cells, List<RowDefinition> template, int[] placement) {
        List<SourceRow> placed = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            RowDefinition definition = placement[i] < 0 ? null : template.get(placement[i]);
            placed.add(new SourceRow(definition == null ? "" : definition.parentLabel() + definition.ownLabel(), "", cells.get(i)));
        }
        return placed;
    }

    /**
     * The table's arithmetic over the placed rows: every row adds up, the results add up to the total
     * processed, and received plus carried over equals processed plus carried forward, in every column.
     */
    private static boolean addsUp(List<SourceRow> rows, List<RowDefinition> template, int[] placement) {
        Map<String, List<String>> byCode = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!NumberRows.rowAddsUp(rows.get(i).cells())) {
                return false;
            }
            if (placement[i] >= 0) {
                byCode.put(template.get(placement[i]).rowCode(), rows.get(i).cells());
            }
        }
        List<String> processed = byCode.get("total_processed");
        List<String> received = byCode.get("new_received");
        List<String> carriedOver = byCode.get("carried_over");
        List<String> carriedForward = byCode.get("carried_forward");
        if (processed == null || received == null || carriedOver == null || carriedForward == null) {
            return false;
        }
        for (int c = 0; c < NumberRows.COLUMNS; c++) {
            BigDecimal results = BigDecimal.ZERO;
            for (Map.Entry<String, List<String>> row : byCode.entrySet()) {
                if (isResult(row.getKey())) {
                    results = results.add(NumberRows.value(row.getValue().get(c)));
                }
            }
            if (results.compareTo(NumberRows.value(processed.get(c))) != 0
                    || NumberRows.value(received.get(c)).add(NumberRows.value(carriedOver.get(c)))
                            .compareTo(NumberRows.value(processed.get(c)).add(NumberRows.value(carriedForward.get(c)))) != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isResult(String rowCode) {
        return !List.of("new_received", "carried_over", "total_processed", "carried_forward").contains(rowCode);
    }

    /** The same numbers under the same labels: two alignments that differ only in which of two equal rows they leave out. */
    private static boolean sameNumbers(List<SourceRow> a, List<SourceRow> b) {
        return values(a).equals(values(b));
    }

    private static Map<String, List<BigDecimal>> values(List<SourceRow> rows) {
        Map<String, List<BigDecimal>> values = new java.util.HashMap<>();
        for (SourceRow row : rows) {
            if (!row.label().isEmpty()) {
                values.put(row.label(), row.cells().stream().map(NumberRows::value).toList());
            }
        }
        return values;
    }
}
