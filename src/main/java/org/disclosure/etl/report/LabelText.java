package org.disclosure.etl.report;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normal forms of printed row labels. Reports print the same label with full-width or half-width
 * characters, spaces inside words (from justified cells), line breaks, remarks in brackets and
 * enumerators in several styles ({@code （三）}, {@code 3.}, {@code 三、}).
 */
public final class LabelText {

    private static final String BLANKS = " \t\n\u000B\f\r\u3000\u00A0";
    private static final String QUOTES = "\"'“”‘’「」『』";
    /** Angle brackets OCR reads a round bracket as (no row label of either template prints them). */
    private static final String OPENING = "〈《";
    private static final String CLOSING = "〉》";
    /** A bracketed remark such as （区分处理的，只计这一情形…） holds at least this many characters; shorter brackets are enumerators. */
    private static final int REMARK_MIN = 4;
    private static final Pattern ENUMERATOR = Pattern.compile(
            "\\([一二三四五六七八九十\\d]{1,3}\\)|[一二三四五六七八九十—]{1,3}、|\\d{1,2}(?:[.、](?!\\d))");

    private LabelText() {
    }

    /**
     * Width-folded, without white space, quotes and bracketed remarks; enumerators kept. Written as
     * character scans rather than regular expressions: every table cell of every report passes here.
     */
    public static String normalize(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (OPENING.indexOf(c) >= 0) {
                kept.append('(');
            } else if (CLOSING.indexOf(c) >= 0) {
                kept.append(')');
            } else if (BLANKS.indexOf(c) < 0 && QUOTES.indexOf(c) < 0) {
                kept.append(c);
            }
        }
        return withoutRemarks(kept);
    }

    /** Drops each "(" … ")" holding no bracket and at least {@value #REMARK_MIN} characters, left to right. */
    private static String withoutRemarks(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '(') {
                int close = i + 1;
                while (close < s.length() && s.charAt(close) != '(' && s.charAt(close) != ')') {
                    close++;
                }
                if (close < s.length() && s.charAt(close) == ')' && Character.codePointCount(s, i + 1, close) >= REMARK_MIN) {
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** {@link #normalize} without any enumerator. */
    public static String strip(String label) {
        return ENUMERATOR.matcher(normalize(label)).replaceAll("");
    }

    /** The text after the last enumerator: a row's own label once its parents are printed before it. */
    public static String lastSegment(String label) {
        String s = normalize(label);
        var m = ENUMERATOR.matcher(s);
        int end = 0;
        while (m.find()) {
            if (m.end() < s.length()) {
                end = m.end();
            }
        }
        return ENUMERATOR.matcher(s.substring(end)).replaceAll("");
    }
}
