package org.disclosure.etl.report;

import java.util.List;

/**
 * Maps the rows of one statistical section to facts. A row that cannot be read with certainty
 * throws {@link RowSkipException}; a row that is only table furniture (an unknown label with no
 * printed number) maps to no facts.
 */
public sealed interface SectionTable permits LabelledTable, ReviewLitigationTable {

    int section();

    List<Fact> map(SourceRow row, Template template) throws RowSkipException;

    static SectionTable forSection(int section) {
        return switch (section) {
            case 2 -> LabelledTable.proactive();
            case 3 -> LabelledTable.applications();
            case 4 -> new ReviewLitigationTable();
            default -> throw new IllegalArgumentException("section " + section + " has no table");
        };
    }
}
