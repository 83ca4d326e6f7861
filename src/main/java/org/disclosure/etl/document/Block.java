package org.disclosure.etl.document;

/** One unit of a document in reading order: running text or a table. */
public sealed interface Block permits Paragraph, Table {
}
