package org.disclosure.etl.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Digits run together when a crawler dropped the cell borders ({@code 21710000218} for
 * 217 | 1 | 0 | 0 | 0 | 0 | 218): every way to cut a row's digit runs into a given number of cells,
 * no cell but 0 starting with 0. Which cut, if any, is the row's is for its arithmetic to say.
 */
final class GluedDigits {

    /** More ways than this and the row is too ambiguous to be worth enumerating. */
    private static final int MAX_SPLITS = 20_000;

    private GluedDigits() {
    }

    /** The ways to make {@code cells} of the row's tokens by cutting its digit runs; empty if none or too many. */
    static List<List<String>> splits(List<String> tokens, int cells) {
        if (tokens.size() >= cells || tokens.isEmpty()) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        cut(tokens, 0, cells, new ArrayList<>(), out);
        return out.size() > MAX_SPLITS ? List.of() : out;
    }

    private static void cut(List<String> tokens, int index, int cells, List<String> made, List<List<String>> out) {
        if (out.size() > MAX_SPLITS) {
            return;
        }
        if (index == tokens.size()) {
            if (made.size() == cells) {
                out.add(List.copyOf(made));
            }
            return;
        }
        String token = tokens.get(index);
        int left = cells - made.size() - (tokens.size() - index - 1); // the most cells this token may become
        if (left < 1) {
            return;
        }
        if (!token.chars().allMatch(c -> c >= '0' && c <= '9')) {
            made.add(token);
            cut(tokens, index + 1, cells, made, out);
            made.remove(made.size() - 1);
            return;
        }
        parts(token, 0, left, made, tokens, index, cells, out);
    }

    /** Cuts {@code token} from {@code at} into at most {@code left} cells, then goes on with the next token. */
    private static void parts(String token, int at, int left, List<String> made, List<String> tokens, int index, int cells,
                              List<List<String>> out) {
        if (at == token.length()) {
            cut(tokens, index + 1, cells, made, out);
            return;
        }
        if (left == 0) {
            return;
        }
        int maxEnd = token.charAt(at) == '0' ? at + 1 : token.length();
        for (int end = at + 1; end <= maxEnd; end++) {
            made.add(token.substring(at, end));
            parts(token, end, left - 1, made, tokens, index, cells, out);
            made.remove(made.size() - 1);
        }
    }
}
