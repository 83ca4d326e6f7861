package org.disclosure.etl.document;

import java.util.List;

/**
 * Joins the lines of one cell or paragraph that the layout broke: Chinese text continues without a
 * space (a label wrapped over two lines is one label), and so do digits (a number too wide for its
 * cell, 104 over 0, is 1040: a cell holds one number); Latin words keep one.
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
            char before = text.length() > 0 ? text.charAt(text.length() - 1) : ' ';
            char after = part.charAt(0);
            boolean wrappedNumber = Character.isDigit(before) && Character.isDigit(after);
            if (text.length() > 0 && !isCjk(before) && !isCjk(after) && !wrappedNumber) {
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
