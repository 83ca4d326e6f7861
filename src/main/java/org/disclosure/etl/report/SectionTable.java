package org.disclosure.etl.report;

import java.util.List;

/**
 * Maps the rows of one statistical section to facts. A row that cannot be read with certainty
 * throws {@link RowSkipException}; a row that is only table furniture (an unknown label with no
 * printed number) maps to no facts.
 */
public sealed interface SectionTable permits LabelledTable, ReviewLitigationTable {

    Section section();

    List<Fact> map(SourceRow row, Template template) throws RowSkipException;
}
