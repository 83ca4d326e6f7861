package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar's command line as a user does, on a temporary inbox, and reads the CSVs back. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestCommandIT {

    Path work;
    Path inbox;
    Path extracts;
    String warehouse;
    Result first;

    record Result(int exit, String out) {
    }

    @BeforeAll
    void ingestOnce(@TempDir Path tempDir) throws Exception {
        work = tempDir;
        inbox = Files.createDirectories(work.resolve("inbox"));
        extracts = work.resolve("extracts");
        warehouse = "jdbc:h2:file:" + work.resolve("wh/disclosure");
        try (var seeds = Files.list(Path.of("data/inbox"))) {
            for (Path seed : seeds.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.copy(seed, inbox.resolve(seed.getFileName()));
            }
        }
        Files.createDirectories(inbox.resolve("山西/长治"));
        Files.copy(Path.of("data/inbox/003_13daec65706afb4d.txt"), inbox.resolve("山西/长治/copy-of-003.txt"));
        String seed003 = Files.readString(Path.of("data/inbox/003_13daec65706afb4d.txt"));
        Files.write(inbox.resolve("山西/长治/qinxian-gbk.txt"), ("\n" + seed003).getBytes(Charset.forName("GBK")));
        Files.writeString(inbox.resolve("notes.xyz"), "not a report");
        Files.writeString(inbox.resolve("empty.md"), "");
        Files.writeString(inbox.resolve("letter.txt"), "关于召开会议的通知\n请各单位准时参加。\n");
        first = run();
    }

    private Result run(String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(Jar.command());
        command.addAll(List.of("ingest", "--inbox=" + inbox, "--extracts=" + extracts, "--warehouse=" + warehouse));
        command.addAll(List.of(extra));
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    private List<Map<String, String>> csv(String name) throws Exception {
        return name.equals("codebook.csv") ? ExtractFiles.rows(extracts.resolve(name)) : ExtractFiles.table(extracts, name);
    }

    @Test
    void runCompletesAndSummarizes() {
        assertThat(first.exit()).as(first.out()).isZero();
        assertThat(first.out()).contains("files seen 10: loaded 5, partial 1, failed 3, duplicate 1, already loaded 0")
                .contains("facts 1166, skipped rows 0, sections not found 1, failed checks 2");
    }

    @Test
    void extractsAreReadableByOthers() throws Exception {
        assertThat(java.nio.file.Files.getPosixFilePermissions(extracts.resolve("2020/山西省/0001/facts.csv")))
                .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
    }

    @Test
    void everyFileHasItsRowAndStatus() throws Exception {
        Map<String, Map<String, String>> reports = csv("reports.csv").stream()
                .collect(Collectors.toMap(r -> r.get("source_file"), r -> r));
        assertThat(reports).hasSize(10);
        assertThat(reports.get("000_224684a5a9443bc2.txt")).containsEntry("status", "partial")
                .containsEntry("error", "section 2 not found").containsEntry("facts", "176");
        assertThat(reports.get("001_bb64c80d06ae6591.txt")).containsEntry("status", "loaded")
                .containsEntry("failed_checks", "2").containsEntry("jurisdiction", "河曲县")
                .containsEntry("agency", "河曲县人民政府办公室").containsEntry("report_year", "2020")
                .containsEntry("template", "2019");
        assertThat(reports.get("002_7023baa7cc861516.txt")).containsEntry("warnings", "UNIT_UNKNOWN");
        assertThat(reports.get("山西/长治/copy-of-003.txt")).containsEntry("status", "duplicate")
                .containsEntry("error", "same bytes as 003_13daec65706afb4d.txt");
        assertThat(reports.get("山西/长治/qinxian-gbk.txt")).containsEntry("status", "loaded").containsEntry("facts", "198")
                .containsEntry("jurisdiction", "沁县");
        // Placed in the divisions: county, prefecture, province and code from the gazetteer.
        assertThat(reports).extractingByKeys("000_224684a5a9443bc2.txt", "001_bb64c80d06ae6591.txt",
                        "002_7023baa7cc861516.txt", "003_13daec65706afb4d.txt", "004_630953d30cc2ca0c.txt")
                .extracting(r -> String.join(" ", r.get("level"), r.get("province"), r.get("prefecture"), r.get("county"),
                        r.get("division_code"), r.get("warnings")).strip())
                .containsExactly(
                        "county 山西省 晋城市 沁水县 140521 SECTION_HEADING_MISSING",
                        "county 山西省 忻州市 河曲县 140930",
                        "county 山东省 淄博市 沂源县 370323 UNIT_UNKNOWN",
                        "county 山西省 长治市 沁县 140430",
                        "township 宁夏回族自治区 吴忠市 盐池县 640323101");
        assertThat(reports.get("notes.xyz")).containsEntry("status", "failed").containsEntry("error", "unsupported format: .xyz");
        assertThat(reports.get("empty.md")).containsEntry("status", "failed").containsEntry("error", "empty file");
        assertThat(reports.get("letter.txt")).containsEntry("status", "failed")
                .extractingByKey("error").asString().startsWith("not a disclosure annual report");
    }

    @Test
    void factsChecksAndSkipsAreInTheExtracts() throws Exception {
        var facts = csv("facts.csv");
        assertThat(facts).hasSize(1166);
        assertThat(facts).anySatisfy(f -> assertThat(f).containsEntry("source_file", "002_7023baa7cc861516.txt")
                .containsEntry("row_code", "granted").containsEntry("column_code", "natural_person").containsEntry("value", "82"));
        assertThat(facts).anySatisfy(f -> assertThat(f).containsEntry("source_file", "001_bb64c80d06ae6591.txt")
                .containsEntry("row_code", "administrative_license").containsEntry("column_code", "change")
                .containsEntry("value", "-825").containsEntry("raw", "'-825"));
        assertThat(facts).anySatisfy(f -> assertThat(f).containsEntry("source_file", "003_13daec65706afb4d.txt")
                .containsEntry("column_code", "amount").containsEntry("value", "151222750").containsEntry("unit", "yuan"));
        assertThat(csv("checks.csv")).extracting(c -> c.get("rule") + ":" + c.get("row_code") + ":" + c.get("expected") + ":" + c.get("actual"))
                .containsExactly("S3_RESULT_TOTAL:total_processed:0:3", "S3_ROW_TOTAL:other:3:0");
        assertThat(csv("skips.csv")).extracting(s -> s.get("source_file") + ":" + s.get("reason"))
                .containsExactly("000_224684a5a9443bc2.txt:SECTION_NOT_FOUND");
        assertThat(csv("codebook.csv")).hasSize(405);
        assertThat(csv("applications.csv")).hasSize(23 * 6);
        assertThat(csv("review_litigation.csv")).hasSize(3 * 6);
        assertThat(csv("proactive.csv")).hasSize(8 * 5);
    }

    @Test
    void eachYearAndProvinceIsAPartitionOfItsOwn() throws Exception {
        try (var dirs = Files.list(extracts.resolve("2020"))) {
            assertThat(dirs.map(d -> d.getFileName().toString()).sorted().toList()).containsExactly("宁夏回族自治区", "山东省", "山西省");
        }
        Path shanxi = extracts.resolve("2020/山西省/0001");
        for (String name : List.of("reports.csv", "facts.csv", "checks.csv", "skips.csv", "applications.csv", "review_litigation.csv",
                "proactive.csv")) {
            assertThat(shanxi.resolve(name)).isRegularFile();
        }
        assertThat(ExtractFiles.rows(shanxi.resolve("reports.csv"))).extracting(r -> r.get("source_file")).containsExactly(
                "000_224684a5a9443bc2.txt", "001_bb64c80d06ae6591.txt", "003_13daec65706afb4d.txt", "山西/长治/qinxian-gbk.txt");
        assertThat(ExtractFiles.rows(shanxi.resolve("facts.csv"))).hasSize(176 + 198 * 3)
                .allSatisfy(f -> assertThat(f).containsEntry("province", "山西省").containsEntry("report_year", "2020"));
        assertThat(ExtractFiles.rows(shanxi.resolve("checks.csv"))).hasSize(2);
        assertThat(ExtractFiles.rows(extracts.resolve("2020/山东省/0001/facts.csv"))).hasSize(198);
        // files that were never read as reports (failed, a duplicate) have no year and no province
        assertThat(ExtractFiles.rows(extracts.resolve("undated/unplaced/0001/reports.csv"))).extracting(r -> r.get("status"))
                .containsExactlyInAnyOrder("failed", "failed", "failed", "duplicate");
        assertThat(ExtractFiles.rows(extracts.resolve("undated/unplaced/0001/facts.csv"))).isEmpty();
        assertThat(ExtractFiles.rows(extracts.resolve("manifest.csv"))).hasSize(4 * 7)
                .anySatisfy(m -> assertThat(m).containsEntry("report_year", "2020").containsEntry("province", "山东省")
                        .containsEntry("path", "2020/山东省/0001/facts.csv").containsEntry("rows", "198"));
    }

    @Test
    void aRerunLoadsNothingAgainAndCarriesEveryFileOver() throws Exception {
        Path before = extracts.toRealPath();
        Result again = run();
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("files seen 10: loaded 0, partial 0, failed 0, duplicate 0, already loaded 10")
                .contains("facts 0").contains("(0 partitions written, 4 carried over)");
        ExtractFiles.assertSameSet(extracts, before);
        assertThat(Files.isSameFile(extracts.resolve("2020/山西省/0001/facts.csv"), before.resolve("2020/山西省/0001/facts.csv"))).isTrue();
    }

    @Test
    void usageErrorsHaveTheirExitCode() throws Exception {
        assertThat(run("--bogus=1").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run("--job=" + work.resolve("missing.yml")).exit()).isEqualTo(ExitCode.USAGE);
    }
}
