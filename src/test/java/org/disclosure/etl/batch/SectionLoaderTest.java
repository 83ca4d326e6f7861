package org.disclosure.etl.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.SourceRow;
import org.disclosure.etl.report.Template;
import org.disclosure.etl.warehouse.CheckRepository;
import org.disclosure.etl.warehouse.FactKeys;
import org.disclosure.etl.warehouse.FactLoader;
import org.disclosure.etl.warehouse.LoadedSection;
import org.disclosure.etl.warehouse.RegisteredFile;
import org.disclosure.etl.warehouse.ReportRepository;
import org.disclosure.etl.warehouse.ReportStatus;
import org.disclosure.etl.warehouse.SectionRepository;
import org.disclosure.etl.warehouse.SkipRepository;
import org.disclosure.etl.warehouse.StagedSection;
import org.disclosure.etl.warehouse.StagingRepository;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Loading a section consumes it from staging: what is staged is exactly what is left to load. */
class SectionLoaderTest {

    private JdbcTemplate jdbc;
    private StagingRepository staging;
    private SectionLoader loader;
    private long seq;
    private final SectionMapper mapper = new SectionMapper();

    @BeforeEach
    void warehouse() {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:loader" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(db).load().migrate();
        jdbc = new JdbcTemplate(db);
        staging = new StagingRepository(jdbc);
        ReportRepository reports = new ReportRepository(jdbc);
        loader = new SectionLoader(new SectionRepository(FactLoader.forDatabase(jdbc, new FactKeys(Codebook.standard())), new SkipRepository(jdbc),
                new CheckRepository(jdbc), reports), staging);
        reports.register(List.of(new RegisteredFile("r1", "r1.txt", "0".repeat(64), "txt", ReportStatus.PENDING, null)), 1);
        jdbc.update("UPDATE reports SET status = 'read' WHERE report_id = 'r1'");
        seq = jdbc.queryForObject("SELECT report_seq FROM reports WHERE report_id = 'r1'", Long.class);
    }

    private StagedSection staged(int section, SourceRow... rows) {
        return new StagedSection("r1", seq, section, Template.T2021, List.of(rows));
    }

    private List<StagedSection> left(int section) {
        return jdbc.query(StagingRepository.sectionSql(section, ""), StagingRepository.ROW_MAPPER);
    }

    @Test
    void aLoadedSectionLeavesStagingAndCannotLoadTwice() throws Exception {
        StagedSection applications = staged(3, new SourceRow("（一）予以公开", "", List.of("82", "0", "0", "0", "0", "0", "90")),
                new SourceRow("本年度合计收费", "", List.of("3", "0", "0", "0", "0", "0", "3")));
        StagedSection review = staged(4, new SourceRow("行政复议", "", List.of("1", "0", "1", "0", "2")));
        staging.stage(List.of(applications, review), List.of());

        LoadedSection loaded = mapper.process(left(3).get(0));
        loader.write(new Chunk<>(List.of(loaded)));

        assertThat(left(3)).isEmpty();
        assertThat(left(4)).singleElement().isEqualTo(review);
        assertThat(jdbc.queryForObject("SELECT fact_value FROM facts WHERE row_code = 'granted' AND column_code = 'natural_person'",
                BigDecimal.class)).isEqualByComparingTo("82");
        assertThat(jdbc.queryForList("SELECT reason FROM skips WHERE report_id = 'r1' AND section = 3", String.class))
                .containsExactly("UNKNOWN_ROW");
        // Its table's arithmetic is checked as it loads (82 + 0 + … is not the printed total 90), and its counts are added up.
        assertThat(jdbc.queryForList("SELECT rule || ' ' || row_code || '.' || column_code FROM checks WHERE report_id = 'r1'", String.class))
                .containsExactly("S3_ROW_TOTAL granted.total");
        assertThat(jdbc.queryForMap("SELECT facts, skipped_rows FROM reports WHERE report_id = 'r1'"))
                .containsEntry("FACTS", 7).containsEntry("SKIPPED_ROWS", 1);
        // A replayed load would be rejected by the facts key, never counted twice.
        assertThatThrownBy(() -> loader.write(new Chunk<>(List.of(loaded)))).isInstanceOf(DuplicateKeyException.class);
    }
}
