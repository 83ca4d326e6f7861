package org.disclosure.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Section 4: administrative review and litigation, 3 groups of 5 numbers. Reports print it as one
 * row of 15 numbers under a three-level header, or, in some layouts, as one labelled row per group.
 */
public final class ReviewLitigationTable implements SectionTable {

    private final Map<Template, LabelMatcher> matchers = LabelMatcher.perTemplate(4);

    @Override
    public int section() {
        return 4;
    }

    @Override
    public List<Fact> map(SourceRow row, Template template) throws RowSkipException {
        Optional<RowDefinition> group = matchers.get(template).match(row.label());
        if (group.isPresent()) {
            return LabelledTable.read(group.get(), row);
        }
        if (!row.printsAnything()) {
            return List.of(); // empty cells under the header: layout, not a row; a row of — is zeros
        }
        List<RowDefinition> groups = Codebook.standard().rows(template, 4);
        int width = groups.stream().mapToInt(g -> g.columns().size()).sum();
        List<String> cells = LabelledTable.aligned(row, width, groups.get(0));
        List<Fact> facts = new ArrayList<>();
        int offset = 0;
        for (RowDefinition g : groups) {
            int end = offset + g.columns().size();
            facts.addAll(RowFacts.read(g, cells.subList(offset, end), row.context()));
            offset = end;
        }
        return facts;
    }
}
