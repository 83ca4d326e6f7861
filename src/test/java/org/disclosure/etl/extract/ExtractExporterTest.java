package org.disclosure.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.disclosure.etl.batch.SectionLoader;
import org.disclosure.etl.batch.SectionMapper;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.SourceRow;
import org.disclosure.etl.report.Template;
import org.disclosure.etl.warehouse.CheckRepository;
import org.disclosure.etl.warehouse.FactKeys;
import org.disclosure.etl.warehouse.FactLoader;
import org.disclosure.etl.warehouse.Partition;
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

/**
 * The extracts by partition: formatted on several threads and still as one thread writes them; a
 * set made from the one before rewrites only the partitions whose reports changed, carries the
 * others over by hard link, and is byte for byte the set a whole export writes.
 */
class ExtractExporterTest {

    @TempDir
    Path dir;

    @Test
    void threadsChangeNothingInAnyFile() throws IOException {
        JdbcTemplate jdbc = warehouseOf(60);
        ExtractExporter exporter = new ExtractExporter(jdbc, Codebook.standard(), TransactionOperations.withoutTransaction(),
                TransactionOperations.withoutTransaction());
        exporter.export(Files.createDirectories(dir.resolve("one")), "one", Optional.empty(), true, 1);
        exporter.export(Files.createDirectories(dir.resolve("four")), "four", Optional.empty(), true, 4);

        List<Path> files = files(dir.resolve("one"));
        assertThat(files).hasSize(2 * 7 + 2);   // the two provinces' partitions, the manifest and the codebook
        for (Path file : files) {
            assertThat(Files.readAllBytes(dir.resolve("four").resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(file)));
        }
        List<String> facts = Files.readAllLines(dir.resolve("four/2021/山西省/0001/facts.csv"));
        assertThat(facts).hasSize(1 + 30 * 7);   // seven columns of the row
        // reports in file order, each report's facts in codebook order
        assertThat(facts.get(1)).isEqualTo("r00,r00.txt,山西省,140000,山西省,2021,2021,3,s3_applications,granted,natural_person,82,count,82,text,,");
        assertThat(facts.get(7)).startsWith("r00,r00.txt,山西省,140000,山西省,2021,2021,3,s3_applications,granted,total,");
        assertThat(facts.get(8)).startsWith("r02,r02.txt,山西省,140000,山西省,2021,2021,3,s3_applications,granted,natural_person,84,");
        assertThat(Files.readAllLines(dir.resolve("four/2021/山东省/0001/applications.csv"))).hasSize(1 + 30)
                .element(1).asString().startsWith("山东省,370000,山东省,2021,r01,r01.txt,2021,s3_applications,granted,83,");
        assertThat(Files.readAllLines(dir.resolve("four/manifest.csv"))).startsWith("\uFEFFreport_year,province,part,path,rows,bytes",
                "2021,山东省,1,2021/山东省/0001/applications.csv,30," + Files.size(dir.resolve("four/2021/山东省/0001/applications.csv")));
    }

    @Test
    void aSetMadeFromTheOneBeforeRewritesWhatChangedAndIsTheWholeSetByteForByte() throws Exception {
        JdbcTemplate jdbc = warehouseOf(250);   // 125 reports of each province: a part of 100 and one of 25
        ReportRepository reports = new ReportRepository(jdbc);
        ExtractExporter exporter = new ExtractExporter(jdbc, Codebook.standard(), TransactionOperations.withoutTransaction(),
                TransactionOperations.withoutTransaction());
        Path first = Files.createDirectories(dir.resolve("first"));
        ExtractExporter.Exported whole = exporter.export(first, "extracts", Optional.empty(), false, 2);
        assertThat(whole.rewritten()).as("nothing to start from: all").isNull();
        exporter.published("extracts", whole);

        assertThat(Files.readAllLines(first.resolve("2021/山西省/0001/reports.csv"))).hasSize(1 + 100);
        assertThat(Files.readAllLines(first.resolve("2021/山西省/0002/reports.csv"))).hasSize(1 + 25);

        // r01 is read again and placed in 河北省 this time (reading clears its part): its part before and its new one change
        reports.assignRun("r01", 2);
        jdbc.update("UPDATE reports SET province = '河北省', division_code = '130000', jurisdiction = '河北省', extract_part = NULL"
                + " WHERE report_id = 'r01'");
        reports.finish(List.of(new ReportRepository.Finished("r01", ReportStatus.LOADED, null, List.of())));
        // and a new report of 山西省 goes to its last part, which has room
        load(jdbc, 250);
        Path second = Files.createDirectories(dir.resolve("second"));
        ExtractExporter.Exported night = exporter.export(second, "extracts", Optional.of(first), false, 2);
        assertThat(night.rewritten()).containsExactlyInAnyOrder(new Partition(2021, "山东省", 1), new Partition(2021, "河北省", 1),
                new Partition(2021, "山西省", 2));
        assertThat(night.written()).isEqualTo(3);
        assertThat(night.carried()).isEqualTo(2);
        assertThat(Files.isSameFile(second.resolve("2021/山西省/0001/facts.csv"), first.resolve("2021/山西省/0001/facts.csv"))).isTrue();
        assertThat(Files.isSameFile(second.resolve("2021/山东省/0002/facts.csv"), first.resolve("2021/山东省/0002/facts.csv"))).isTrue();
        assertThat(Files.readAllLines(second.resolve("2021/河北省/0001/reports.csv"))).hasSize(1 + 1);
        assertThat(Files.readAllLines(second.resolve("2021/山东省/0001/reports.csv"))).hasSize(1 + 99);
        assertThat(Files.readAllLines(second.resolve("2021/山西省/0002/reports.csv"))).hasSize(1 + 26);

        Path rebuilt = Files.createDirectories(dir.resolve("rebuilt"));
        exporter.export(rebuilt, "elsewhere", Optional.empty(), true, 2);
        assertThat(files(second)).isEqualTo(files(rebuilt));
        for (Path file : files(rebuilt)) {
            assertThat(second.resolve(file)).as(file.toString()).hasSameBinaryContentAs(rebuilt.resolve(file));
        }

        // a set the warehouse did not record there (not published, or another warehouse's) is no start: all written
        assertThat(exporter.export(Files.createDirectories(dir.resolve("third")), "extracts", Optional.of(second), false, 2).rewritten())
                .isNull();
        exporter.published("extracts", night);
        assertThat(exporter.export(Files.createDirectories(dir.resolve("fourth")), "extracts", Optional.of(second), false, 2).rewritten())
                .as("nothing changed since").isEmpty();
    }

    /** {@code reports} loaded reports alternately of two provinces, each with one row of section 3. */
    private static JdbcTemplate warehouseOf(int reports) {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:export" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(db).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        for (int i = 0; i < reports; i++) {
            load(jdbc, i);
        }
        return jdbc;
    }

    /** Report {@code i} loaded: of 山西省 where i is even, else of 山东省. */
    private static void load(JdbcTemplate jdbc, int i) {
        ReportRepository repository = new ReportRepository(jdbc);
        SectionLoader loader = new SectionLoader(new SectionRepository(FactLoader.forDatabase(jdbc, new FactKeys(Codebook.standard())),
                new SkipRepository(jdbc), new CheckRepository(jdbc), repository), new StagingRepository(jdbc));
        String id = String.format("r%02d", i);
        repository.register(List.of(new RegisteredFile(id, id + ".txt", "0".repeat(63) + i % 10, "txt", ReportStatus.PENDING, null)), 1);
        boolean shanxi = i % 2 == 0;
        jdbc.update("UPDATE reports SET status = 'loaded', province = ?, jurisdiction = ?, division_code = ?, report_year = 2021,"
                + " template = '2021' WHERE report_id = ?", shanxi ? "山西省" : "山东省", shanxi ? "山西省" : "山东省",
                shanxi ? "140000" : "370000", id);
        long seq = jdbc.queryForObject("SELECT report_seq FROM reports WHERE report_id = ?", Long.class, id);
        String granted = String.valueOf(82 + i);
        loader.write(new Chunk<>(List.of(new SectionMapper().process(new StagedSection(id, seq, 3, Template.T2021,
                List.of(new SourceRow("（一）予以公开", "", List.of(granted, "0", "0", "0", "0", "0", granted))))))));
        repository.finish(List.of(new ReportRepository.Finished(id, ReportStatus.LOADED, null, List.of())));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".csv")).map(root::relativize).sorted().toList();
        }
    }
}
