package org.disclosure.etl.report;

/** What a report says of itself: title as printed, the place it names, its issuer and the year reported on. */
public record ReportTitle(String title, String jurisdiction, String agency, Integer reportYear) {
}
