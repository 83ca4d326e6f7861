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

    /** The table of section 2, 3 or 4; built once (its label matchers index the codebook), shared, stateless. */
    static SectionTable forSection(int section) {
        if (section < 2 || section > 4) {
            throw new IllegalArgumentException("section " + section + " has no table");
        }
        return Tables.ALL.get(section - 2);
    }

    /** Holder: the tables are built on first use. */
    final class Tables {
        private static final List<SectionTable> ALL = List.of(LabelledTable.proactive(), LabelledTable.applications(),
                new ReviewLitigationTable());

        private Tables() {
        }
    }
}
