package org.disclosure.etl.report;

import java.util.List;
import java.util.Map;

/**
 * A report located in its document: what it says of itself, the template its tables follow, the
 * rows of each statistical section (2, 3, 4) ready for mapping, and the narrative sections.
 *
 * @param missingSections sections found neither by heading nor by table
 * @param warnings        codes for reports.csv's warnings column
 * @param text            the report's running text (its first {@value #TEXT_LIMIT} characters), the
 *                        context in which its place names, phone numbers and web addresses are read
 */
public record LocatedReport(ReportTitle title, Template template, Map<Integer, List<SourceRow>> rows,
                            List<NarrativeSection> narrative, List<Integer> missingSections, List<String> warnings,
                            String text) {

    public static final int TEXT_LIMIT = 20_000;

    /** The same report under another title (its issuer named by the file name, say). */
    public LocatedReport withTitle(ReportTitle other) {
        return new LocatedReport(other, template, rows, narrative, missingSections, warnings, text);
    }

    public LocatedReport {
        rows = Map.copyOf(rows);
        narrative = List.copyOf(narrative);
        missingSections = List.copyOf(missingSections);
        warnings = List.copyOf(warnings);
    }

    public List<SourceRow> rows(int section) {
        return rows.getOrDefault(section, List.of());
    }
}
