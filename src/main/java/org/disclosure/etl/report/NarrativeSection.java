package org.disclosure.etl.report;

/** A text section (one of {@link Section#NARRATIVE}), kept for researchers to search. */
public record NarrativeSection(int section, String heading, String text) {
}
