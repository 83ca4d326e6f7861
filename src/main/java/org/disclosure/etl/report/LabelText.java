package org.disclosure.etl.report;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normal forms of printed row labels. Reports print the same label with full-width or half-width
 * characters, spaces inside words (from justified cells), line breaks, remarks in brackets and
 * enumerators in several styles ({@code （三）}, {@code 3.}, {@code 三、}).
 */
public final class LabelText {

    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00A0]+");
    private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』]");
    /** A bracketed remark such as （区分处理的，只计这一情形…）; short brackets are enumerators. */
    private static final Pattern REMARK = Pattern.compile("\\([^()]{4,}\\)");
    private static final Pattern ENUMERATOR = Pattern.compile(
            "\\([一二三四五六七八九十\\d]{1,3}\\)|[一二三四五六七八九十—]{1,3}、|\\d{1,2}(?:[.、](?!\\d))");

    private LabelText() {
    }

    /** Width-folded, without white space and quotes; enumerators kept. */
    public static String normalize(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC);
        s = SPACE.matcher(s).replaceAll("");
        s = QUOTES.matcher(s).replaceAll("");
        return REMARK.matcher(s).replaceAll("");
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
