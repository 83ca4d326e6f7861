package org.disclosure.etl.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Matches a printed row label to its codebook row. Rows are found by their own text, not by their
 * position: exactly after the last enumerator, then as the ending of the whole label (parents and
 * header fragments printed before it), then allowing a few misprinted characters where the best
 * match is unique ({@code 2.其他法律行政止公开} is printed in a real report).
 */
public final class LabelMatcher {

    /** Names printed for a row in one template that the codebook spells as in the other. */
    private static final Map<String, List<String>> ALIASES = Map.of(
            "normative_documents", List.of("规范性文件", "行政规范性文件"));

    private record Candidate(RowDefinition row, String text) {
    }

    /**
     * Labels met before, and what they matched: every report prints nearly the same few dozen labels,
     * and matching one is most of mapping a row. Bounded, as hostile files could print endless labels.
     */
    static final int REMEMBERED = 10_000;

    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, Optional<RowDefinition>> matched = new ConcurrentHashMap<>();

    public LabelMatcher(List<RowDefinition> rows) {
        for (RowDefinition row : rows) {
            candidates.add(new Candidate(row, LabelText.strip(row.ownLabel())));
            for (String alias : ALIASES.getOrDefault(row.rowCode(), List.of())) {
                candidates.add(new Candidate(row, LabelText.strip(alias)));
            }
        }
    }

    /** A matcher for each template's rows of one section. */
    static Map<Template, LabelMatcher> perTemplate(int section) {
        Map<Template, LabelMatcher> matchers = new EnumMap<>(Template.class);
        for (Template t : Template.values()) {
            matchers.put(t, new LabelMatcher(Codebook.standard().rows(t, section)));
        }
        return matchers;
    }

    public Optional<RowDefinition> match(String printedLabel) {
        Optional<RowDefinition> known = matched.get(printedLabel);
        if (known != null) {
            return known;
        }
        Optional<RowDefinition> found = find(printedLabel);
        if (matched.size() < REMEMBERED) {
            matched.put(printedLabel, found);
        }
        return found;
    }

    private Optional<RowDefinition> find(String printedLabel) {
        String segment = LabelText.lastSegment(printedLabel);
        String whole = LabelText.strip(printedLabel);
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        Optional<RowDefinition> exact = unique(candidates.stream().filter(c -> c.text.equals(segment)).toList());
        if (exact.isPresent()) {
            return exact;
        }
        int longest = candidates.stream().filter(c -> c.text.length() >= 3 && whole.endsWith(c.text))
                .mapToInt(c -> c.text.length()).max().orElse(0);
        if (longest > 0) {
            return unique(candidates.stream()
                    .filter(c -> c.text.length() == longest && whole.endsWith(c.text)).toList());
        }
        return closest(segment);
    }

    private Optional<RowDefinition> closest(String segment) {
        int best = Integer.MAX_VALUE;
        List<Candidate> bestOnes = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.text.length() < 4) {
                continue;
            }
            int distance = levenshtein(segment, c.text);
            if (distance > Math.max(1, c.text.length() / 4)) {
                continue;
            }
            if (distance < best) {
                best = distance;
                bestOnes.clear();
            }
            if (distance == best) {
                bestOnes.add(c);
            }
        }
        return unique(bestOnes);
    }

    private static Optional<RowDefinition> unique(List<Candidate> found) {
        List<RowDefinition> rows = found.stream().map(Candidate::row).distinct().toList();
        return rows.size() == 1 ? Optional.of(rows.get(0)) : Optional.empty();
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
