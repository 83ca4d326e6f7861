package org.disclosure.etl.document;

import java.util.Locale;

/**
 * How a number was read, as facts.csv's {@code method} column names it: from a table the file holds as
 * a table (a ruled PDF table, a DOCX or HTML table), from text whose table structure was rebuilt
 * (converted text, unruled lines), by OCR from an image, or typed by an operator.
 */
public enum ReadMethod {
    TABLE, TEXT, OCR, MANUAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReadMethod ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
