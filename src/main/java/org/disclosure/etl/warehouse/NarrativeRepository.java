package org.disclosure.etl.warehouse;

/** Narrative sections 1, 5 and 6 as text. */
public final class NarrativeRepository {

    public static final String INSERT_SQL = "INSERT INTO narrative_sections (report_id, section, heading, body) VALUES (?, ?, ?, ?)";

    private NarrativeRepository() {
    }
}
