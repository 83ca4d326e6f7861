/**
 * Images of pages: Tesseract, cell rulings found in the ink, the ink of each cell (what a second,
 * independent reading confirms), and the pixel budget that keeps a hostile image from exhausting
 * memory. Depends on the {@code document} model and {@code files}.
 */
package org.disclosure.etl.document.scan;
