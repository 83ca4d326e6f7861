package org.disclosure.etl.report;

/** Where one of the six section headings was found: the index of its block in the document. */
public record SectionHeading(int section, int blockIndex, String text) {
}
