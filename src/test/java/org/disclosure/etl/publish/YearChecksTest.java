package org.disclosure.etl.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
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
import org.disclosure.etl.warehouse.SiteQueries;
import org.disclosure.etl.warehouse.SkipRepository;
import org.disclosure.etl.warehouse.StagedSection;
import org.disclosure.etl.warehouse.StagingRepository;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Cross-year checks over one county government's 2021, 2022 and 2023 reports as the warehouse holds
 * them: what 2021 carried forward, 2022 carried over (one column disagreeing); a second 2023 report of
 * the same issuer leaves 2023 out, and a failed report is never compared.
 */
class YearChecksTest {

    private static final String ISSUER = "沁水县人民政府";

    @TempDir
    Path dir;

    @Test
    void carriedOverIsComparedWithLastYearsCarriedForward() throws IOException {
        JdbcTemplate jdbc = warehouse();
        loaded(jdbc, "a21", 2021, "loaded", List.of(row("四、结转下年度继续办理", 3, 0, 0, 0, 0, 1)));
        loaded(jdbc, "b22", 2022, "partial", List.of(row("二、上年结转政府信息公开申请数量", 3, 0, 0, 0, 0, 0)));
        loaded(jdbc, "c23", 2023, "loaded", List.of(row("二、上年结转政府信息公开申请数量", 9, 0, 0, 0, 0, 0)));
        loaded(jdbc, "d23", 2023, "loaded", List.of(row("二、上年结转政府信息公开申请数量", 8, 0, 0, 0, 0, 0)));
        loaded(jdbc, "e20", 2020, "failed", List.of(row("四、结转下年度继续办理", 1, 0, 0, 0, 0, 0)));

        SiteQueries queries = new SiteQueries(jdbc);
        long[] counts = YearChecks.write(queries, new PlacePieces("year_checks.csv", dir, Optional.empty()), places(2020, 2023),
                place -> true);

        assertThat(counts).containsExactly(7, 2);
        List<String> lines = Files.readAllLines(dir.resolve("year_checks.csv"));
        assertThat(lines).hasSize(8);
        assertThat(lines).contains(
                ISSUER + ",140521,2022,b22,2021,a21,CARRIED_OVER,carried_over,natural_person,3,3,true",
                ISSUER + ",140521,2022,b22,2021,a21,CARRIED_OVER,carried_over,other_org,1,0,false",
                ISSUER + ",140521,2022,b22,2021,a21,CARRIED_OVER,carried_over,total,4,3,false");
        assertThat(lines).noneMatch(l -> l.contains(",2023,") || l.contains("e20"));
    }

    /**
     * A year is compared again when it or the year before changed; otherwise its piece of the site
     * before is carried over, linked, and counted from its bytes.
     */
    @Test
    void onlyTheYearsAChangeReachesAreComparedAgain() throws IOException {
        JdbcTemplate jdbc = warehouse();
        loaded(jdbc, "a21", 2021, "loaded", List.of(row("四、结转下年度继续办理", 3, 0, 0, 0, 0, 1)));
        loaded(jdbc, "b22", 2022, "loaded", List.of(row("二、上年结转政府信息公开申请数量", 3, 0, 0, 0, 0, 0),
                row("四、结转下年度继续办理", 5, 0, 0, 0, 0, 0)));
        loaded(jdbc, "c23", 2023, "loaded", List.of(row("二、上年结转政府信息公开申请数量", 5, 0, 0, 0, 0, 0)));
        SiteQueries queries = new SiteQueries(jdbc);
        List<Partition> places = places(2021, 2023);
        YearChecks.write(queries, new PlacePieces("year_checks.csv", dir.resolve("before"), Optional.empty()), places, place -> true);
        // 2021's carried-forward corrected in the warehouse: 2022's comparison with it is due again, 2023's is not
        jdbc.update("UPDATE facts SET fact_value = CASE column_code WHEN 'total' THEN 3 ELSE 0 END WHERE report_id = 'a21'"
                + " AND row_code = 'carried_forward' AND column_code IN ('other_org', 'total')");

        PlacePieces after = new PlacePieces("year_checks.csv", dir.resolve("after"), Optional.of(dir.resolve("before")));
        long[] counts = YearChecks.write(queries, after, places, place -> place.year() == 2021);

        assertThat(counts).containsExactly(14, 0);
        assertThat(Files.isSameFile(after.of(places.get(2)), dir.resolve("before/2023/山西省/year_checks.csv"))).isTrue();
        assertThat(Files.readAllLines(after.of(places.get(1)))).contains(ISSUER + ",140521,2022,b22,2021,a21,CARRIED_OVER,carried_over,total,3,3,true");
        assertThat(Files.readAllLines(dir.resolve("after/year_checks.csv"))).hasSize(15).first().asString().startsWith("\uFEFFagency,");
        assertThat(YearChecks.counted(dir.resolve("before/2022/山西省/year_checks.csv"))).containsExactly(7, 2);
    }

    /** The places of the issuer's province from {@code first} to {@code last}. */
    private static List<Partition> places(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(year -> new Partition(year, "山西省", null)).toList();
    }

    private static SourceRow row(String label, int... applicants) {
        List<String> cells = new ArrayList<>();
        int total = 0;
        for (int n : applicants) {
            cells.add(String.valueOf(n));
            total += n;
        }
        cells.add(String.valueOf(total));
        return new SourceRow(label, "", cells);
    }

    private static JdbcTemplate warehouse() {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:yearchecks" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(db).load().migrate();
        return new JdbcTemplate(db);
    }

    private static void loaded(JdbcTemplate jdbc, String id, int year, String status, List<SourceRow> rows) {
        ReportRepository reports = new ReportRepository(jdbc);
        reports.register(List.of(new RegisteredFile(id, id + ".pdf", id.repeat(22).substring(0, 64), "pdf", ReportStatus.PENDING, null)), 1);
        jdbc.update("UPDATE reports SET status = ?, agency = ?, jurisdiction = '沁水县', province = '山西省', division_code = '140521',"
                + " report_year = ?, template = '2021' WHERE report_id = ?", status, ISSUER, year, id);
        long seq = jdbc.queryForObject("SELECT report_seq FROM reports WHERE report_id = ?", Long.class, id);
        SectionLoader loader = new SectionLoader(new SectionRepository(FactLoader.forDatabase(jdbc, new FactKeys(Codebook.standard())),
                new SkipRepository(jdbc), new CheckRepository(jdbc), reports), new StagingRepository(jdbc));
        loader.write(new Chunk<>(List.of(new SectionMapper().process(new StagedSection(id, seq, 3, Template.T2021, rows)))));
    }
}
