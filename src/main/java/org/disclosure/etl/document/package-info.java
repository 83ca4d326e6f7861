/**
 * The neutral model every reader produces: a {@link org.disclosure.etl.document.Document} of blocks
 * (paragraphs and tables of cell text, each table knowing how it was read and where its rows were
 * printed), whatever the format it was read from, and the one interface a
 * reader implements. Depends on nothing of ours; the readers are in {@code formats}, {@code pdf} and
 * {@code scan}.
 */
package org.disclosure.etl.document;
