package org.disclosure.etl.correction;

/** One cell of a report's tables, by its codebook codes. */
public record Cell(int section, String tableCode, String rowCode, String columnCode) {

    /** Its template row. */
    public Row row() {
        return new Row(section, tableCode, rowCode);
    }

    /** A template row of a section's table. */
    public record Row(int section, String tableCode, String rowCode) {
    }
}
