package org.disclosure.etl.document;

/** One unit of a document in reading order: running text or a table. */
public sealed interface Block permits Paragraph, Table {

    /**
     * Text as a document may hold it, without NUL characters: no report prints one, a text file
     * can carry them (a download cut short, a UTF-16 file), and PostgreSQL refuses them in text.
     */
    static String printable(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }
}
