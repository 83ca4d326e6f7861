/**
 * The run's review page for operators: what was loaded, failed, skipped and flagged, each skipped row
 * beside the crop of the page it was printed on, and what became of the corrections taken in. Plain
 * Java (PDFBox renders the crops); depends on the {@code document} model's places and {@code inbox}'s hashing only.
 */
package org.disclosure.etl.review;
