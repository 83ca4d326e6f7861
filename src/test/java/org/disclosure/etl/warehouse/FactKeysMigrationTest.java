package org.disclosure.etl.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Migration V4 on a warehouse that already holds facts under the composite key of V1. */
class FactKeysMigrationTest {

    private final DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:v4" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    private final JdbcTemplate jdbc = new JdbcTemplate(db);

    private void report(String id, String status) {
        jdbc.update("INSERT INTO reports (report_id, source_file, sha256, format, status, facts, run_id, registered_at) "
                + "VALUES (?, ?, ?, 'txt', ?, 2, 1, CURRENT_TIMESTAMP)", id, id + ".txt", id.repeat(4), status);
        for (String column : List.of("natural_person", "total")) {
            jdbc.update("INSERT INTO facts (report_id, section, table_code, row_code, column_code, fact_value, unit, raw) "
                    + "VALUES (?, 3, 's3_applications', 'granted', ?, 82, 'count', '82')", id, column);
        }
    }

    @Test
    void loadedFactsKeepTheirValuesUnderKeysOfTheirReportAndReportsInFlightAreReadAgain() {
        Flyway.configure().dataSource(db).target("3").load().migrate();
        report("aaaaaaaaaaaaaaaa", "loaded");
        report("bbbbbbbbbbbbbbbb", "read");
        jdbc.update("INSERT INTO staged_sections (report_id, section, template, body) VALUES ('bbbbbbbbbbbbbbbb', 4, '2021', '')");

        Flyway.configure().dataSource(db).load().migrate();

        long seq = jdbc.queryForObject("SELECT report_seq FROM reports WHERE report_id = 'aaaaaaaaaaaaaaaa'", Long.class);
        List<Map<String, Object>> facts = jdbc.queryForList("SELECT fact_key, column_code, fact_value FROM facts ORDER BY fact_key");
        assertThat(facts).extracting(f -> f.get("COLUMN_CODE")).containsExactly("natural_person", "total");
        assertThat(facts).extracting(f -> ((Number) f.get("FACT_KEY")).longValue())
                .containsExactly(FactKeys.first(seq), FactKeys.first(seq) + 1);
        assertThat(jdbc.queryForMap("SELECT status, facts FROM reports WHERE report_id = 'bbbbbbbbbbbbbbbb'"))
                .containsEntry("STATUS", "pending").containsEntry("FACTS", 0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staged_sections", Integer.class)).isZero();

        // Reports registered after the upgrade are numbered after the ones before it.
        jdbc.update("INSERT INTO reports (report_id, source_file, sha256, format, status, run_id, registered_at) "
                + "VALUES ('cccccccccccccccc', 'c.txt', 'c', 'txt', 'pending', 2, CURRENT_TIMESTAMP)");
        assertThat(jdbc.queryForList("SELECT report_seq FROM reports ORDER BY report_seq", Long.class)).doesNotHaveDuplicates()
                .last().isEqualTo(jdbc.queryForObject("SELECT report_seq FROM reports WHERE report_id = 'cccccccccccccccc'", Long.class));
    }
}
