package org.disclosure.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.disclosure.etl.batch.SectionLoader;
import org.disclosure.etl.batch.SectionMapper;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.SourceRow;
import org.disclosure.etl.report.Template;
import org.disclosure.etl.warehouse.CheckRepository;
import org.disclosure.etl.warehouse.FactKeys;
import org.disclosure.etl.warehouse.FactLoader;
import org.disclosure.etl.warehouse.RegisteredFile;
import org.disclosure.etl.warehouse.ReportRepository;
import org.disclosure.etl.warehouse.ReportStatus;
import org.disclosure.etl.warehouse.SectionRepository;
import org.disclosure.etl.warehouse.SkipRepository;
import org.disclosure.etl.warehouse.StagedSection;
import org.disclosure.etl.warehouse.StagingRepository;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionOperations;

/** The facts and wide views are formatted on several threads and still come out as one thread writes them. */
class ExtractExporterTest {

    @TempDir
    Path dir;

    @Test
    void threadsChangeNothingInAnyFile() throws IOException {
        JdbcTemplate jdbc = warehouseOf(60);
        ExtractExporter exporter = new ExtractExporter(jdbc, Codebook.standard(), TransactionOperations.withoutTransaction());
        exporter.export(dir.resolve("one"), 1);
        exporter.export(dir.resolve("four"), 4);

        List<Path> files = files(dir.resolve("one"));
        assertThat(files).hasSize(3 * 8);   // national, and the two provinces' copies
        for (Path file : files) {
            assertThat(Files.readAllBytes(dir.resolve("four").resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(file)));
        }
        List<String> facts = Files.readAllLines(dir.resolve("four/facts.csv"));
        assertThat(facts).hasSize(1 + 60 * 7);   // seven columns of the row
        // reports in file order, each report's facts in codebook order
        assertThat(facts.get(1)).isEqualTo("r00,r00.txt,山西省,140000,山西省,2021,2021,3,s3_applications,granted,natural_person,82,count,82");
        assertThat(facts.get(7)).startsWith("r00,r00.txt,山西省,140000,山西省,2021,2021,3,s3_applications,granted,total,");
        assertThat(facts.get(8)).startsWith("r01,r01.txt,山东省,370000,山东省,2021,2021,3,s3_applications,granted,natural_person,83,");
        assertThat(Files.readAllLines(dir.resolve("four/by-province/山东省/applications.csv"))).hasSize(1 + 30)
                .element(1).asString().startsWith("山东省,370000,山东省,2021,r01,r01.txt,2021,s3_applications,granted,83,");
    }

    /** {@code reports} loaded reports alternately of two provinces, each with one row of section 3. */
    private static JdbcTemplate warehouseOf(int reports) {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:export" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(db).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        ReportRepository repository = new ReportRepository(jdbc);
        SectionLoader loader = new SectionLoader(new SectionRepository(FactLoader.forDatabase(jdbc, new FactKeys(Codebook.standard())),
                new SkipRepository(jdbc), new CheckRepository(jdbc), repository), new StagingRepository(jdbc));
        SectionMapper mapper = new SectionMapper();
        List<StagedSection> sections = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            String id = String.format("r%02d", i);
            repository.register(List.of(new RegisteredFile(id, id + ".txt", "0".repeat(63) + i % 10, "txt", ReportStatus.PENDING, null)), 1);
            boolean shanxi = i % 2 == 0;
            jdbc.update("UPDATE reports SET status = 'loaded', province = ?, jurisdiction = ?, division_code = ?, report_year = 2021,"
                    + " template = '2021' WHERE report_id = ?", shanxi ? "山西省" : "山东省", shanxi ? "山西省" : "山东省",
                    shanxi ? "140000" : "370000", id);
            long seq = jdbc.queryForObject("SELECT report_seq FROM reports WHERE report_id = ?", Long.class, id);
            String granted = String.valueOf(82 + i);
            sections.add(new StagedSection(id, seq, 3, Template.T2021,
                    List.of(new SourceRow("（一）予以公开", "", List.of(granted, "0", "0", "0", "0", "0", granted)))));
        }
        loader.write(new Chunk<>(sections.stream().map(mapper::process).toList()));
        return jdbc;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".csv")).map(root::relativize).sorted().toList();
        }
    }
}
