package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.disclosure.etl.bench.synthetic.KnownReport;
import org.disclosure.etl.bench.synthetic.SyntheticText;
import org.disclosure.etl.fixtures.YearSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several years of the same bodies ingested, the site published by the job's last step and by the
 * {@code publish} command: every resource valid against datapackage.json, the Parquet files read
 * back, the catalogue's numbers as headless Chromium renders them, coverage with its absences, and
 * the one carry-over a report breaks flagged across years.
 */
class PublishIT {

    @Test
    void aPublishedSiteDescribesAndServesEveryYear(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        List<KnownReport> reports = new ArrayList<>(YearSeries.of("沂源县", 2021, 3, 40, 0));
        reports.addAll(YearSeries.of("河曲县", 2021, 2, 70, 2022)); // 2022 carries over one natural person too many
        for (KnownReport r : reports) {
            Files.write(inbox.resolve(r.name() + ".txt"), SyntheticText.write(r));
        }
        Path site = work.resolve("site");
        Path job = Files.writeString(work.resolve("job.yml"), "ingest:\n  site: " + site + "\n");
        String warehouse = "jdbc:h2:file:" + work.resolve("wh/db");
        Jar.Result ingest = Jar.run(work, "ingest", "--job=" + job, "--inbox=" + inbox, "--extracts=" + work.resolve("extracts"),
                "--warehouse=" + warehouse);
        assertThat(ingest.exit()).as(ingest.out()).isZero();
        assertThat(ingest.out()).contains("files seen 5: loaded 5");

        JsonNode pkg = new ObjectMapper().readTree(site.resolve("datapackage.json").toFile());
        assertThat(pkg.get("licenses").get(0).get("name").asText()).isEqualTo("CC-BY-4.0");
        List<String> names = new ArrayList<>();
        for (JsonNode resource : pkg.get("resources")) {
            names.add(resource.get("name").asText());
            if (resource.get("format").asText().equals("csv")) {
                // a partitioned table is a resource in parts, one file per report year and province, each with its header
                List<JsonNode> parts = resource.get("path").isArray() ? List.copyOf(resource.get("path").valueStream().toList())
                        : List.of(resource.get("path"));
                for (JsonNode part : parts) {
                    assertValid(site.resolve(part.asText()), resource.get("schema"));
                }
            }
        }
        assertThat(names).contains("reports", "facts", "applications", "proactive", "review-litigation", "checks", "skips",
                "codebook", "coverage", "year-checks", "outcomes", "crosswalk", "panel", "facts-2021-parquet", "facts-2022-parquet",
                "facts-2023-parquet");

        List<Map<String, String>> facts = ExtractFiles.table(site.resolve("data"), "facts.csv");
        assertPanelIsTheFactsThroughTheCrosswalk(site.resolve("data"), facts);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            for (int year = 2021; year <= 2023; year++) {
                int y = year;
                BigDecimal sum = facts.stream().filter(f -> f.get("report_year").equals(String.valueOf(y)))
                        .map(f -> new BigDecimal(f.get("value"))).reduce(BigDecimal.ZERO, BigDecimal::add);
                long rows = facts.stream().filter(f -> f.get("report_year").equals(String.valueOf(y))).count();
                long paged = facts.stream().filter(f -> f.get("report_year").equals(String.valueOf(y)) && !f.get("page").isEmpty()).count();
                try (ResultSet rs = duck.createStatement().executeQuery("SELECT COUNT(page), COUNT(method) FROM '"
                        + site.resolve("data/facts-" + year + ".parquet") + "'")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("facts with their page").isEqualTo(paged);
                    assertThat(rs.getLong(2)).as("facts with their method").isEqualTo(rows);
                }
                try (ResultSet rs = duck.createStatement().executeQuery("SELECT COUNT(*), SUM(value), MIN(report_year), MAX(report_year) FROM '"
                        + site.resolve("data/facts-" + year + ".parquet") + "'")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(rows).isPositive();
                    assertThat(rs.getBigDecimal(2)).isEqualByComparingTo(sum);
                    assertThat(rs.getInt(3)).isEqualTo(year);
                    assertThat(rs.getInt(4)).isEqualTo(year);
                }
            }
        }

        List<Map<String, String>> differing = ExtractFiles.rows(site.resolve("data/year_checks.csv")).stream()
                .filter(c -> c.get("agrees").equals("false")).toList();
        assertThat(differing).extracting(c -> c.get("agency") + " " + c.get("report_year") + " " + c.get("check") + " "
                + c.get("row_code") + "." + c.get("column_code"))
                .containsExactlyInAnyOrder("河曲县人民政府 2022 CARRIED_OVER carried_over.natural_person",
                        "河曲县人民政府 2022 CARRIED_OVER carried_over.total");
        assertThat(differing).allSatisfy(c -> assertThat(new BigDecimal(c.get("actual")).subtract(new BigDecimal(c.get("expected"))))
                .isEqualByComparingTo("1"));
        assertThat(ExtractFiles.rows(site.resolve("data/year_checks.csv"))).hasSize(3 * 9); // 2 + 1 year pairs, 7 columns + 2 rules rows

        // outcomes by year: section 3's granted total summed over the year's facts, the year's piece beside the whole table
        List<Map<String, String>> outcomes = ExtractFiles.rows(site.resolve("data/outcomes.csv"));
        for (String year : List.of("2021", "2022", "2023")) {
            BigDecimal granted = facts.stream().filter(f -> f.get("report_year").equals(year) && f.get("table_code").equals("s3_applications")
                    && f.get("row_code").equals("granted") && f.get("column_code").equals("total"))
                    .map(f -> new BigDecimal(f.get("value"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal published = outcomes.stream().filter(o -> o.get("report_year").equals(year) && o.get("outcome").equals("granted"))
                    .map(o -> new BigDecimal(o.get("applications"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(published).as(year).isEqualByComparingTo(granted).isPositive();
        }
        assertThat(ExtractFiles.rows(site.resolve("data/2022/山西省/outcomes.csv"))).extracting(o -> o.get("outcome"))
                .containsExactly("granted", "partially_granted", "denied", "unable", "rejected", "other");
        assertThat(ExtractFiles.rows(site.resolve("data/outcomes.csv"))).extracting(o -> o.get("report_year") + " " + o.get("province"))
                .filteredOn(p -> p.endsWith("山西省")).containsOnly("2021 山西省", "2022 山西省");

        Map<String, String> coverage = new HashMap<>();
        ExtractFiles.rows(site.resolve("data/coverage.csv")).forEach(c -> coverage.put(c.get("division") + " " + c.get("report_year"), c.get("status")));
        assertThat(coverage).containsEntry("沂源县 2023", "loaded").containsEntry("河曲县 2022", "loaded")
                .containsEntry("河曲县 2023", "absent").containsEntry("淄博市 2021", "absent").containsEntry("山东省 2022", "absent");

        try (ZipFile zip = new ZipFile(site.resolve("downloads/extracts-2022.zip").toFile())) {
            String inZip = new String(zip.getInputStream(zip.getEntry("reports.csv")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(inZip.lines().count()).isEqualTo(1 + 2);
            assertThat(zip.getEntry("codebook.csv")).isNotNull();
        }
        assertThat(site.resolve("downloads/山东省/extracts-山东省-2023.zip")).isRegularFile();

        Map<String, int[]> shown = catalogue(chromium(site.resolve("index.html")));
        assertThat(shown).containsOnlyKeys("2021 山东省", "2021 山西省", "2022 山东省", "2022 山西省", "2023 山东省");
        assertThat(shown.get("2022 山西省")).containsExactly(1, 1, facts(facts, "2022", "山西省"), 0);
        assertThat(shown.get("2023 山东省")).containsExactly(1, 1, facts(facts, "2023", "山东省"), 0);

        // the next night brings one more report: a new release lists it, the one before stays downloadable
        assertThat(pkg.get("version").asText()).isEqualTo("1.0.0");
        KnownReport more = YearSeries.of("沁水县", 2022, 1, 20, 0).get(0);
        Files.write(inbox.resolve(more.name() + ".txt"), SyntheticText.write(more));
        Jar.Result next = Jar.run(work, "ingest", "--job=" + job, "--inbox=" + inbox, "--extracts=" + work.resolve("extracts"),
                "--warehouse=" + warehouse);
        assertThat(next.exit()).as(next.out()).isZero();
        assertThat(new ObjectMapper().readTree(site.resolve("datapackage.json").toFile()).get("version").asText()).isEqualTo("1.1.0");
        assertThat(ExtractFiles.rows(site.resolve("data/changes.csv"))).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("version", "1.1.0").containsEntry("change", "added").containsEntry("source_file", more.name() + ".txt")
                .containsEntry("status", "loaded"));
        assertThat(Files.readString(site.resolve("CHANGELOG.md"))).contains("## 1.1.0 — ", "1 reports added, 0 removed, 0 changed",
                "- added " + more.name() + ".txt (loaded)", "## 1.0.0 — ");
        assertThat(Files.readString(site.resolve("CITATION.cff"))).contains("version: \"1.1.0\"", "type: dataset");
        assertThat(site.resolve("releases/1.0.0/downloads/extracts-2022.zip")).isRegularFile();
        assertThat(ExtractFiles.rows(site.resolve("releases/1.0.0/data/panel.csv"))).hasSize(5);
        assertThat(ExtractFiles.rows(site.resolve("data/panel.csv"))).hasSize(6);

        Jar.Result publish = Jar.run(work, "publish", "--warehouse=" + warehouse, "--site=" + work.resolve("site2"));
        assertThat(publish.exit()).as(publish.out()).isZero();
        assertThat(publish.out()).contains("published release 1.0.0").contains("6 reports of 3 years").contains("2 cross-year checks differing");
        assertThat(Files.readString(work.resolve("site2/data/year_checks.csv"))).isEqualTo(Files.readString(site.resolve("data/year_checks.csv")));
    }

    private static int facts(List<Map<String, String>> facts, String year, String province) {
        return (int) facts.stream().filter(f -> f.get("report_year").equals(year) && f.get("province").equals(province)).count();
    }

    /** Every row has the schema's fields as its header, and every value parses as its field's type. */
    private static void assertValid(Path csv, JsonNode schema) throws Exception {
        List<String> fields = new ArrayList<>();
        schema.get("fields").forEach(f -> fields.add(f.get("name").asText()));
        List<Map<String, String>> rows = ExtractFiles.rows(csv);
        String header = Files.readAllLines(csv, StandardCharsets.UTF_8).get(0).replace("\uFEFF", "");
        assertThat(header.split(",")).as(csv.toString()).containsExactlyElementsOf(fields);
        for (Map<String, String> row : rows) {
            for (JsonNode f : schema.get("fields")) {
                String value = row.get(f.get("name").asText());
                if (value.isEmpty()) {
                    continue; // missingValues [""]
                }
                switch (f.get("type").asText()) {
                    case "integer" -> Long.parseLong(value);
                    case "number" -> new BigDecimal(value);
                    case "boolean" -> assertThat(value).isIn("true", "false");
                    default -> { }
                }
            }
        }
    }

    /** Every panel value is its report's facts through crosswalk.csv: a direct cell's value, or the sum of all of a variable's parts. */
    private static void assertPanelIsTheFactsThroughTheCrosswalk(Path data, List<Map<String, String>> facts) throws Exception {
        List<Map<String, String>> crosswalk = ExtractFiles.rows(data.resolve("crosswalk.csv"));
        List<Map<String, String>> panel = ExtractFiles.rows(data.resolve("panel.csv"));
        Map<String, List<Map<String, String>>> factsOf = facts.stream().collect(java.util.stream.Collectors.groupingBy(f -> f.get("report_id")));
        assertThat(panel).extracting(p -> p.get("report_id")).containsExactlyInAnyOrderElementsOf(factsOf.keySet());
        int compared = 0;
        for (Map<String, String> row : panel) {
            Map<String, BigDecimal> cells = new HashMap<>();
            factsOf.get(row.get("report_id")).forEach(f -> cells.put(f.get("table_code") + "/" + f.get("row_code") + "/" + f.get("column_code"),
                    new BigDecimal(f.get("value"))));
            Map<String, BigDecimal> direct = new HashMap<>();
            Map<String, List<BigDecimal>> parts = new HashMap<>();
            for (Map<String, String> c : crosswalk) {
                if (!c.get("template").equals(row.get("template"))) {
                    continue;
                }
                BigDecimal value = cells.get(c.get("table_code") + "/" + c.get("row_code") + "/" + c.get("column_code"));
                if (c.get("combination").equals("summed")) {
                    parts.computeIfAbsent(c.get("variable"), v -> new ArrayList<>()).add(value);
                } else if (value != null) {
                    direct.put(c.get("variable"), value);
                }
            }
            for (Map<String, String> c : crosswalk) {
                String variable = c.get("variable");
                BigDecimal expected = direct.containsKey(variable) ? direct.get(variable)
                        : parts.containsKey(variable) && parts.get(variable).stream().allMatch(java.util.Objects::nonNull)
                        ? parts.get(variable).stream().reduce(BigDecimal.ZERO, BigDecimal::add) : null;
                String shown = row.get(variable);
                if (expected == null) {
                    assertThat(shown).as(row.get("report_id") + " " + variable).isEmpty();
                } else {
                    assertThat(new BigDecimal(shown)).as(row.get("report_id") + " " + variable).isEqualByComparingTo(expected);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(5 * 150);
    }

    private static String chromium(Path page) throws Exception {
        Process p = new ProcessBuilder("chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--dump-dom", page.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return dom;
    }

    /** "year province" → reports, jurisdictions, facts, failed checks, as the rendered catalogue shows them. */
    private static Map<String, int[]> catalogue(String dom) {
        Map<String, int[]> rows = new HashMap<>();
        Matcher m = Pattern.compile("<tr data-year=\"(\\d+)\" data-province=\"([^\"]*)\">.*?class=\"n reports\">(\\d+)<.*?"
                + "class=\"n jurisdictions\">(\\d+)<.*?class=\"n facts\">(\\d+)<.*?class=\"n failed-checks\">(\\d+)<").matcher(dom);
        while (m.find()) {
            rows.put(m.group(1) + " " + m.group(2), new int[] {Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6))});
        }
        return rows;
    }
}
