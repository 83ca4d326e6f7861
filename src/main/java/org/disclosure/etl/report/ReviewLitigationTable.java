package org.disclosure.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Section 4: administrative review and litigation, 3 groups of 5 numbers. Reports print it as one
 * row of 15 numbers under a three-level header, or, in some layouts, as one labelled row per group.
 */
public final class ReviewLitigationTable implements SectionTable {

    /** A caption naming one of section 4's groups: （二）行政诉讼（未经复议直接起诉）. */
    private static final Pattern GROUP_CAPTION = Pattern.compile("复议|诉讼");
    private static final Pattern INNER_BRACKETS = Pattern.compile("(?<=\\S)[（(]([^（()）]+)[)）]");

    private final Map<Template, LabelMatcher> matchers = LabelMatcher.perTemplate(Section.REVIEW_LITIGATION.number());

    @Override
    public Section section() {
        return Section.REVIEW_LITIGATION;
    }

    @Override
    public Optional<RowDefinition> identify(SourceRow row, Template template) {
        return matchers.get(template).match(row.label());
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

    /** The numbers of the three groups, 5 each, as three rows labelled with their groups, so each is checked and loaded on its own. */
    static List<SourceRow> groupRows(SourceRow row, List<String> fifteen) {
        List<RowDefinition> groups = Codebook.standard().rows(Template.T2021, 4);
        int width = fifteen.size() / groups.size();
        List<SourceRow> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            out.add(new SourceRow(groups.get(g).label(), row.context(), fifteen.subList(g * width, (g + 1) * width))
                    .readBy(row.method(), row.place()));
        }
        return out;
    }

    /**
     * Section 4 printed as three small tables, one per group, each under its own caption: the rows
     * without a label of their own take the caption's (its bracketed words kept, not read as a remark).
     */
    static List<SourceRow> captioned(List<SourceRow> rows, String caption) {
        String compact = caption.replaceAll("\\s+", "");
        if (compact.length() > 30 || !GROUP_CAPTION.matcher(compact).find() || compact.contains("情况")) { // 情况: the section's heading
            return rows;
        }
        String label = INNER_BRACKETS.matcher(compact).replaceAll("$1");
        return rows.stream().map(r -> r.label().isEmpty() ? r.withLabel(label) : r).toList();
    }
}
