package org.disclosure.etl.warehouse;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Narrative sections 1, 5 and 6 as text. */
public final class NarrativeRepository {

    private final JdbcTemplate jdbc;

    public NarrativeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(List<StagedNarrative> sections) {
        jdbc.batchUpdate("INSERT INTO narrative_sections (report_id, section, heading, body) VALUES (?, ?, ?, ?)",
                sections.stream().map(s -> new Object[] {s.reportId(), s.section(), s.heading(), s.text()}).toList());
    }
}
