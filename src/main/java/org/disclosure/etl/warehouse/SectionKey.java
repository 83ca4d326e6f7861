package org.disclosure.etl.warehouse;

/** A report's section: the unit the section steps stage and load. */
public record SectionKey(String reportId, int section) {
}
