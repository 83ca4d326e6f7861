package org.disclosure.etl.report;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One numeric cell as printed, normalized. Blank cells and cells holding only {@code -}, {@code —},
 * {@code /} or {@code 无} are 0; {@code +85}, {@code 1,234}, full-width digits and a trailing unit
 * ({@code 元}, {@code 万元}, or a count word such as {@code 件}) are read; anything else is not a number.
 */
public record NumberCell(String raw, BigDecimal value, Scale scale, boolean blank) {

    /** What the cell itself says about its unit. */
    public enum Scale {
        NONE, COUNT_WORD, YUAN, TEN_THOUSAND_YUAN
    }

    private static final Set<String> BLANKS = Set.of("", "-", "--", "—", "——", "–", "―", "/", "\\", "无", "…", "...");
    private static final Pattern NUMBER = Pattern.compile(
            "^([+-]?)\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(万元|元|件|条|个|项|次)?$");

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u3000\\u00A0]+");

    public static Optional<NumberCell> parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.of(new NumberCell(raw, BigDecimal.ZERO, Scale.NONE, true));
        }
        if (isPlainDigits(raw)) { // most cells: what the pattern below would read, without its cost
            return Optional.of(new NumberCell(raw, new BigDecimal(raw), Scale.NONE, false));
        }
        String s = WHITE_SPACE.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll(" ")
                .strip()
                .replace('−', '-');
        if (BLANKS.contains(s.replace(" ", ""))) {
            return Optional.of(new NumberCell(raw, BigDecimal.ZERO, Scale.NONE, true));
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3));
        BigDecimal value = new BigDecimal(digits);
        if ("-".equals(m.group(1))) {
            value = value.negate();
        }
        Scale scale = switch (m.group(4) == null ? "" : m.group(4)) {
            case "" -> Scale.NONE;
            case "元" -> Scale.YUAN;
            case "万元" -> Scale.TEN_THOUSAND_YUAN;
            default -> Scale.COUNT_WORD;
        };
        return Optional.of(new NumberCell(raw, value, scale, false));
    }

    private static boolean isPlainDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public boolean isInteger() {
        return value.stripTrailingZeros().scale() <= 0;
    }
}
