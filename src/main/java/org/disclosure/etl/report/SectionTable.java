package org.disclosure.etl.report;

import java.util.List;
import java.util.Optional;

/**
 * Maps the rows of one statistical section to facts. A row that cannot be read with certainty
 * throws {@link RowSkipException}; a row that is only table furniture (an unknown label with no
 * printed number) maps to no facts.
 */
public sealed interface SectionTable permits LabelledTable, ReviewLitigationTable {

    Section section();

    List<Fact> map(SourceRow row, Template template) throws RowSkipException;

    /** The template row a row's label names, whatever its cells hold; empty where the label names none. */
    Optional<RowDefinition> identify(SourceRow row, Template template);
}
