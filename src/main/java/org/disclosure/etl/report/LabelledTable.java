package org.disclosure.etl.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table whose rows are told apart by their printed labels: section 2 (主动公开, five small tables
 * under 第二十条) and section 3 (the applications matrix, 7 applicant columns).
 */
public final class LabelledTable implements SectionTable {

    private final Section section;
    private final Map<Template, LabelMatcher> matchers;

    private LabelledTable(Section section) {
        this.section = section;
        this.matchers = LabelMatcher.perTemplate(section.number());
    }

    public static LabelledTable proactive() {
        return new LabelledTable(Section.PROACTIVE);
    }

    public static LabelledTable applications() {
        return new LabelledTable(Section.APPLICATIONS);
    }

    @Override
    public Section section() {
        return section;
    }

    @Override
    public Optional<RowDefinition> identify(SourceRow row, Template template) {
        return matchers.get(template).match(row.label());
    }

    @Override
    public List<Fact> map(SourceRow row, Template template) throws RowSkipException {
        Optional<RowDefinition> definition = matchers.get(template).match(row.label());
        if (definition.isEmpty()) {
            if (row.allCellsBlank()) {
                return List.of();
            }
            throw new RowSkipException(SkipReason.UNKNOWN_ROW,
                    "label '" + row.label() + "' is no row of the " + template.code() + " template");
        }
        return read(definition.get(), row);
    }

    static List<String> aligned(SourceRow row, int columns, RowDefinition definition) throws RowSkipException {
        CellAlignment.Result result = CellAlignment.align(row.cells(), columns);
        if (result instanceof CellAlignment.Misaligned m) {
            List<String> printed = row.cells().stream().filter(c -> !c.isBlank()).map(String::strip).toList();
            if (m.reason() == SkipReason.MISSING_CELLS && !GluedDigits.splits(printed, columns).isEmpty()) {
                throw new RowSkipException(SkipReason.UNPARSEABLE_NUMBER, definition.rowCode() + ": digits run together ("
                        + String.join(" ", printed) + "); not cut into " + columns + " cells where the table's arithmetic cannot say how", definition);
            }
            throw new RowSkipException(m.reason(), definition.rowCode() + ": " + m.message(), definition);
        }
        return ((CellAlignment.Aligned) result).cells();
    }

    static List<Fact> read(RowDefinition definition, SourceRow row) throws RowSkipException {
        return RowFacts.read(definition, aligned(row, definition.columns().size(), definition), row.context());
    }
}
