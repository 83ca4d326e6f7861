package org.disclosure.etl.report;

/** A text section (1 总体情况, 5 问题及改进, 6 其他事项), kept for researchers to search. */
public record NarrativeSection(int section, String heading, String text) {
}
