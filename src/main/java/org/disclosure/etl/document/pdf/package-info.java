/**
 * PDF reading: text with its positions, ruled and unruled tables rebuilt from lines and glyphs, and
 * scanned pages handed to OCR with every number confirmed. Depends on the {@code document} model and
 * on {@code scan}.
 */
package org.disclosure.etl.document.pdf;
