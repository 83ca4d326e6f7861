package org.disclosure.etl.warehouse;

/** A narrative section (1, 5 or 6) waiting in staging for the narrative step: its heading and text. */
public record StagedNarrative(String reportId, long reportSeq, int section, String heading, String text) {

    public SectionKey key() {
        return new SectionKey(reportId, section);
    }
}
