package org.disclosure.etl.report;

import java.util.List;
import java.util.Objects;
import org.disclosure.etl.document.Paragraph;
import org.disclosure.etl.document.PrintedPlace;

/**
 * Where a row rebuilt from a section's lines of text was printed (an unruled table of a PDF or a scan):
 * the region of the section's lines on the page whose line holds the row's label, or on the section's
 * one page. A row is rebuilt from several lines, so its own box is not known; the region is where a
 * person finds it. None where the lines have no places (formats without pages) or the page is not clear.
 */
final class TextRegions {

    private final List<Paragraph> lines;

    TextRegions(List<Paragraph> sectionLines) {
        this.lines = sectionLines.stream().filter(p -> p.place() != null).toList();
    }

    SourceRow placed(SourceRow row) {
        if (row.place() != null || lines.isEmpty()) {
            return row;
        }
        Integer page = pageOf(row.label());
        if (page == null) {
            return row;
        }
        PrintedPlace region = lines.stream().map(Paragraph::place).filter(p -> p.page() == page).reduce(PrintedPlace::union).orElse(null);
        return row.readBy(row.method(), region);
    }

    private Integer pageOf(String label) {
        String compact = label.replaceAll("\\s+", "");
        if (compact.length() >= 2) {
            String start = compact.substring(0, Math.min(4, compact.length()));
            for (Paragraph p : lines) {
                if (p.text().replaceAll("\\s+", "").contains(start)) {
                    return p.place().page();
                }
            }
        }
        List<Integer> pages = lines.stream().map(p -> p.place().page()).distinct().toList();
        return pages.size() == 1 ? Objects.requireNonNull(pages.get(0)) : null;
    }
}
