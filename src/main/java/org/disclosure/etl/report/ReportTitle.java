package org.disclosure.etl.report;

/**
 * What a report says of itself: title as printed, the place it names, its issuer and the year reported on.
 *
 * @param recognized the title was read by OCR: the place it names stands only where something else confirms it
 */
public record ReportTitle(String title, String jurisdiction, String agency, Integer reportYear, boolean recognized) {

    public ReportTitle(String title, String jurisdiction, String agency, Integer reportYear) {
        this(title, jurisdiction, agency, reportYear, false);
    }
}
