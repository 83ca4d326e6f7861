package org.disclosure.etl.report;

import java.util.List;

/**
 * One printed row of a statistical table, as the codebook defines it. Its label is printed as a
 * parent (a merged cell such as {@code （三）不予公开}) followed by the row's own text.
 */
public record RowDefinition(Template template, int section, String tableCode, String rowCode,
                            String label, List<ColumnDefinition> columns) {

    public RowDefinition {
        columns = List.copyOf(columns);
    }

    /** The row's own text: the label without its parent. */
    public String ownLabel() {
        int space = label.lastIndexOf(' ');
        return space < 0 ? label : label.substring(space + 1);
    }

    /** The parent label, or empty where the row has none. */
    public String parentLabel() {
        int space = label.lastIndexOf(' ');
        return space < 0 ? "" : label.substring(0, space);
    }
}
