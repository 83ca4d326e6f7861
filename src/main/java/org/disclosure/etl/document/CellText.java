package org.disclosure.etl.document;

import java.util.List;

/**
 * Joins the lines of one cell or paragraph that the layout broke: Chinese text continues without a
 * space (a label wrapped over two lines is one label), Latin words and numbers keep one.
 */
public final class CellText {

    private CellText() {
    }

    public static String join(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            String part = line.strip();
            if (part.isEmpty()) {
                continue;
            }
            if (text.length() > 0 && !isCjk(text.charAt(text.length() - 1)) && !isCjk(part.charAt(0))) {
                text.append(' ');
            }
            text.append(part);
        }
        return text.toString();
    }

    /** Han characters and the full-width punctuation printed between them. */
    public static boolean isCjk(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && c != ' ';
    }
}
