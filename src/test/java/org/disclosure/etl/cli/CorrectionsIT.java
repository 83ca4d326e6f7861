package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's loop, as an operator runs it with the packaged jar: a scanned report whose rows OCR
 * cannot confirm, its review page with the crops of those rows (decoded by headless Chromium), the
 * corrections template filled from what the page prints, and the runs after: every filled cell loaded
 * as {@code manual}, the report's arithmetic flagged where the printed numbers break it, a partly
 * corrected row still skipped, bad lines and a file that is no CSV refused with reasons; the
 * corrections kept through {@code --reprocess=all}, confirmed or in conflict where a reading now reads
 * the cell itself, and stale once the file is replaced by a new version.
 */
class CorrectionsIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final String SCAN = "slip-2021.pdf";
    private static final String TEXT = "002_7023baa7cc861516.txt";
    /** What the scan prints in the rows OCR could not confirm, read off the page by a person. */
    private static final Map<String, List<String>> PRINTED = Map.of(
            "granted", List.of("0", "3", "0", "6", "16", "0", "26"),
            "partially_granted", List.of("17", "0", "0", "0", "40", "0", "57"));
    private static final List<String> COLUMNS = List.of("natural_person", "commercial", "research", "social_welfare", "legal_services",
            "other_org", "total");

    @Test
    void operatorsCompleteWhatTheToolCouldNotRead(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.copy(FIXTURES.resolve("scan/" + SCAN), inbox.resolve(SCAN));
        Files.copy(Path.of("data/inbox").resolve(TEXT), inbox.resolve(TEXT));
        // the harvester's notes: a sidecar beside the scan, a manifest for the folder
        Files.writeString(inbox.resolve(SCAN + ".meta.json"), "{\"url\": \"http://www.cz.gov.cn/zfxxgk/2022/slip-2021.pdf\", "
                + "\"retrieved_at\": \"2026-11-30T02:14:00+08:00\"}");
        Files.writeString(inbox.resolve("manifest.csv"), "file,url,retrieved_at\n" + TEXT + ",https://www.example.gov.cn/" + TEXT + ",2026-11-29\n");
        Path extracts = work.resolve("extracts");
        Path corrections = work.resolve("corrections");
        assertThat(ingest(work)).as("sidecars are no reports").contains("files seen 2:");
        assertThat(report(extracts, SCAN)).containsEntry("source_url", "http://www.cz.gov.cn/zfxxgk/2022/slip-2021.pdf")
                .containsEntry("retrieved_at", "2026-11-30T02:14:00+08:00");
        assertThat(report(extracts, TEXT)).containsEntry("source_url", "https://www.example.gov.cn/" + TEXT).containsEntry("retrieved_at", "2026-11-29");

        // The review page: every skipped row of the scan beside the crop of its page, each a PNG Chromium decodes.
        int skippedOfScan = (int) ExtractFiles.table(extracts, "skips.csv").stream().filter(s -> s.get("source_file").equals(SCAN)).count();
        assertThat(skippedOfScan).isGreaterThanOrEqualTo(3);
        int[] crops = decodedCrops(work, extracts.resolve("review.html"));
        assertThat(crops[0]).as("crops embedded").isGreaterThanOrEqualTo(skippedOfScan);
        assertThat(crops[1]).as("crops decoded").isEqualTo(crops[0]);

        // The template: a line per unread cell of each skipped template row, with what OCR read there.
        List<Map<String, String>> template = ExtractFiles.rows(extracts.resolve("corrections-template.csv"));
        String scanSha = ExtractFiles.table(extracts, "reports.csv").stream().filter(r -> r.get("source_file").equals(SCAN))
                .findFirst().orElseThrow().get("sha256");
        assertThat(template).filteredOn(t -> t.get("row_code").equals("granted"))
                .extracting(t -> t.get("column_code") + "=" + t.get("printed"))
                .containsExactly("natural_person=0", "commercial=3", "research=0", "social_welfare=6", "legal_services=16", "other_org=0",
                        "total=26");
        assertThat(template).allSatisfy(t -> assertThat(t).containsEntry("sha256", scanSha).containsEntry("value", ""));

        // The operator fills the two rows, one cell of a third, and slips: a word, an unknown file, a cell of no codebook.
        List<List<String>> filled = new ArrayList<>();
        for (Map<String, String> t : template) {
            List<String> known = PRINTED.get(t.get("row_code"));
            String value = known != null ? known.get(COLUMNS.indexOf(t.get("column_code")))
                    : t.get("row_code").equals("rejected_confirmation") && t.get("column_code").equals("research") ? "14" : "";
            filled.add(line(t, value));
        }
        filled.add(List.of(scanSha, SCAN, "3", "s3_applications", "carried_forward", "total", "", "twelve", ""));
        filled.add(List.of("0".repeat(64), "gone.pdf", "3", "s3_applications", "granted", "total", "", "1", ""));
        filled.add(List.of(scanSha, SCAN, "3", "s3_applications", "granted", "fees", "", "1", ""));
        filled.add(List.of(scanSha, SCAN, "3", "s3_applications", "new_received", "total", "", "820", "the page says 819"));
        writeCsv(corrections.resolve("scan-fixes.csv"), filled);
        Files.write(corrections.resolve("notes.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 20});
        // A reading that now reads a row the operator corrected (a parser upgrade): emulated by leaving the text report as an
        // older reading would have, its granted row skipped; the operator corrects it, one cell differently from the page.
        Map<String, String> granted = new LinkedHashMap<>();
        ExtractFiles.table(extracts, "facts.csv").stream().filter(f -> f.get("source_file").equals(TEXT) && f.get("row_code").equals("granted"))
                .forEach(f -> granted.put(f.get("column_code"), f.get("value")));
        assertThat(granted).hasSize(7);
        String textSha = report(extracts, TEXT).get("sha256");
        asAnOlderReadingLeftIt(work, report(extracts, TEXT).get("report_id"));
        List<List<String>> textFixes = new ArrayList<>();
        granted.forEach((column, value) -> textFixes.add(List.of(textSha, TEXT, "3", "s3_applications", "granted", column, "",
                column.equals("total") ? String.valueOf(Integer.parseInt(value) + 1) : value, "")));
        writeCsv(corrections.resolve("text-fixes.csv"), textFixes);

        assertThat(ingest(work)).contains("corrections: applied 21, pending 1, rejected 4, refused files 1 (see review.html)");
        assertThat(ExtractFiles.table(extracts, "facts.csv")).filteredOn(f -> f.get("source_file").equals(TEXT) && "manual".equals(f.get("method")))
                .hasSize(7);

        Map<String, String> scan = report(extracts, SCAN);
        List<Map<String, String>> manual = ExtractFiles.table(extracts, "facts.csv").stream()
                .filter(f -> f.get("source_file").equals(SCAN) && "manual".equals(f.get("method"))).toList();
        assertThat(manual).extracting(f -> f.get("row_code") + "." + f.get("column_code") + "=" + f.get("value")).containsExactly(
                "granted.natural_person=0", "granted.commercial=3", "granted.research=0", "granted.social_welfare=6",
                "granted.legal_services=16", "granted.other_org=0", "granted.total=26",
                "partially_granted.natural_person=17", "partially_granted.commercial=0", "partially_granted.research=0",
                "partially_granted.social_welfare=0", "partially_granted.legal_services=40", "partially_granted.other_org=0",
                "partially_granted.total=57");
        assertThat(ExtractFiles.table(extracts, "facts.csv")).filteredOn(f -> f.get("source_file").equals(SCAN) && !"manual".equals(f.get("method")))
                .extracting(f -> f.get("method")).containsOnly("ocr");
        // every number of the scan with the page and the box its row was printed in, the manual ones with their row's
        assertThat(ExtractFiles.table(extracts, "facts.csv")).filteredOn(f -> f.get("source_file").equals(SCAN))
                .allSatisfy(f -> assertThat(f.get("page")).isNotEmpty())
                .allSatisfy(f -> assertThat(f.get("box")).matches("\\d+\\.\\d \\d+\\.\\d \\d+\\.\\d \\d+\\.\\d"));
        assertThat(ExtractFiles.table(extracts, "facts.csv")).filteredOn(f -> f.get("source_file").equals(TEXT))
                .allSatisfy(f -> assertThat(f.get("page") + f.get("box")).isEmpty()).extracting(f -> f.get("method"))
                .containsOnly("text", "manual");
        assertThat(scan).containsEntry("status", "partial").containsEntry("skipped_rows", String.valueOf(skippedOfScan - 2))
                .containsEntry("facts", String.valueOf(Integer.parseInt(report(extracts, SCAN).get("facts"))));
        // The page prints 26 where its cells add up to 25: loaded as printed, and flagged.
        assertThat(ExtractFiles.table(extracts, "checks.csv")).filteredOn(c -> c.get("source_file").equals(SCAN))
                .extracting(c -> c.get("rule") + " " + c.get("row_code") + " " + c.get("expected") + " " + c.get("actual"))
                .contains("S3_ROW_TOTAL granted 25 26");
        assertThat(ExtractFiles.table(extracts, "applications.csv")).filteredOn(a -> a.get("source_file").equals(SCAN)
                && a.get("row_code").equals("partially_granted")).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("natural_person", "17").containsEntry("total", "57"));
        assertThat(ExtractFiles.table(extracts, "skips.csv")).filteredOn(s -> s.get("source_file").equals(SCAN) && "manual".equals(s.get("resolved")))
                .extracting(s -> s.get("row_code")).containsExactlyInAnyOrder("granted", "partially_granted");
        String review = Files.readString(extracts.resolve("review.html"));
        assertThat(review).as("the corrected reports checked again").contains("<h2>Failed checks (", "S3_ROW_TOTAL");
        assertThat(review).contains("1 of the row&#39;s 7 unread cells corrected; the row stays skipped until all are",
                "&#39;twelve&#39; is not a number", "unknown SHA-256", "no cell s3_applications / granted / fees in the codebook",
                "not a skipped cell: the report&#39;s own reading is 819", "notes.xlsx", "not a CSV file: it holds binary data");
        assertThat(ExtractFiles.rows(extracts.resolve("corrections-template.csv"))).as("the run's template: no report read, none to list").isEmpty();

        ingest(work, "--reprocess=all");
        List<Map<String, String>> facts = ExtractFiles.table(extracts, "facts.csv");
        assertThat(facts).filteredOn(f -> f.get("source_file").equals(SCAN) && "manual".equals(f.get("method"))).hasSize(14);
        assertThat(facts).filteredOn(f -> f.get("source_file").equals(TEXT) && "manual".equals(f.get("method")))
                .extracting(f -> f.get("column_code") + "=" + f.get("value"))
                .containsExactly("total=" + (Integer.parseInt(granted.get("total")) + 1));
        review = Files.readString(extracts.resolve("review.html"));
        assertThat(review).contains("the report read again gives " + granted.get("total") + "; the operator&#39;s "
                + (Integer.parseInt(granted.get("total")) + 1) + " stands");
        assertThat(count(review, "<td class=\"confirmed\">")).isEqualTo(6);
        assertThat(count(review, "<td class=\"conflict\">")).isEqualTo(1);

        // A new version of the scan at the same path: the corrections of the old one are stale, the new one lists its own rows.
        Files.write(inbox.resolve(SCAN), "\n% re-harvested\n".getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);
        ingest(work);
        review = Files.readString(extracts.resolve("review.html"));
        assertThat(count(review, "<td class=\"stale\">")).isEqualTo(15);
        assertThat(ExtractFiles.table(extracts, "facts.csv")).filteredOn(f -> f.get("source_file").equals(SCAN) && "manual".equals(f.get("method")))
                .isEmpty();
        assertThat(ExtractFiles.rows(extracts.resolve("corrections-template.csv"))).filteredOn(t -> t.get("row_code").equals("granted"))
                .hasSize(7).allSatisfy(t -> assertThat(t.get("sha256")).isNotEqualTo(scanSha));
    }

    /**
     * The same loop on a PostgreSQL warehouse (facts by COPY), over converter text whose granted row has a garbled digit
     * ({@code 8z2}): the template shows it, the filled row loads as manual facts, a bad line is refused.
     */
    @Test
    void correctionsApplyOnPostgres(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("data/inbox").resolve(TEXT)));
        int granted = lines.indexOf("\t（一）予以公开");
        assertThat(lines.get(granted + 1)).isEqualTo("\t82");
        lines.set(granted + 1, "\t8z2");
        Files.write(inbox.resolve(TEXT), lines);
        Path extracts = work.resolve("extracts");
        try (RealPostgres postgres = RealPostgres.start(work.resolve("pgdata"))) {
            ingest(work, postgres.url(), RealPostgres.credentials());
            List<Map<String, String>> template = ExtractFiles.rows(extracts.resolve("corrections-template.csv"));
            assertThat(template).extracting(t -> t.get("row_code") + "." + t.get("column_code") + "=" + t.get("printed"))
                    .containsExactly("granted.natural_person=8z2", "granted.commercial=0", "granted.research=0", "granted.social_welfare=0",
                            "granted.legal_services=0", "granted.other_org=0", "granted.total=82");
            List<List<String>> filled = new ArrayList<>();
            template.forEach(t -> filled.add(line(t, t.get("printed").equals("8z2") ? "82" : t.get("printed"))));
            filled.add(List.of(template.get(0).get("sha256"), TEXT, "3", "s3_applications", "carried_forward", "total", "", "twelve", ""));
            writeCsv(work.resolve("corrections/fixes.csv"), filled);
            assertThat(ingest(work, postgres.url(), RealPostgres.credentials())).contains("corrections: applied 7, rejected 1 (see review.html)");
            assertThat(ExtractFiles.table(extracts, "facts.csv")).filteredOn(f -> "manual".equals(f.get("method")))
                    .extracting(f -> f.get("row_code") + "." + f.get("column_code") + "=" + f.get("value"))
                    .containsExactly("granted.natural_person=82", "granted.commercial=0", "granted.research=0", "granted.social_welfare=0",
                            "granted.legal_services=0", "granted.other_org=0", "granted.total=82");
            assertThat(report(extracts, TEXT)).containsEntry("status", "loaded").containsEntry("skipped_rows", "0")
                    .containsEntry("failed_checks", "0");
        }
    }

    private static Map<String, String> report(Path extracts, String file) throws Exception {
        return ExtractFiles.table(extracts, "reports.csv").stream().filter(r -> r.get("source_file").equals(file)).findFirst().orElseThrow();
    }

    private static List<String> line(Map<String, String> t, String value) {
        return List.of(t.get("sha256"), t.get("source_file"), t.get("section"), t.get("table_code"), t.get("row_code"), t.get("column_code"),
                t.get("printed"), value, t.get("note"));
    }

    /** A correction file as a spreadsheet saves it: the template's header, CRLF line ends, UTF-8 with BOM. */
    private static void writeCsv(Path file, List<List<String>> lines) throws Exception {
        Files.createDirectories(file.getParent());
        StringBuilder csv = new StringBuilder("\uFEFFsha256,source_file,section,table_code,row_code,column_code,printed,value,note\r\n");
        for (List<String> line : lines) {
            csv.append(line.stream().map(c -> c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    /** The text report's granted row as a reading that could not confirm it leaves it: no facts, one skip naming the row. */
    private static void asAnOlderReadingLeftIt(Path work, String reportId) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("wh/disclosure") + ";AUTO_SERVER=TRUE", "", "")) {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM facts WHERE report_id = ? AND row_code = 'granted' AND section = 3");
                 PreparedStatement skip = db.prepareStatement("INSERT INTO skips (run_id, report_id, section, table_code, row_label, raw, reason, "
                         + "message, row_code) VALUES (1, ?, 3, 's3_applications', '予以公开', '予以公开 | …', 'TEXT_UNVERIFIED', "
                         + "'an older reading could not confirm the row', 'granted')")) {
                delete.setString(1, reportId);
                assertThat(delete.executeUpdate()).isEqualTo(7);
                skip.setString(1, reportId);
                skip.executeUpdate();
            }
        }
    }

    /** [crops embedded, crops Chromium decoded] of a review page. */
    private static int[] decodedCrops(Path work, Path review) throws Exception {
        Path probe = work.resolve("review-probe.html");
        Files.writeString(probe, Files.readString(review).replace("</body>", "<script>addEventListener('load', () => { const all = "
                + "[...document.querySelectorAll('img.crop')]; document.body.setAttribute('data-crops', all.length + ' ' + "
                + "all.filter(i => i.complete && i.naturalWidth > 50 && i.naturalHeight > 10).length); });</script></body>"));
        Process p = new ProcessBuilder("chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000", "--dump-dom",
                probe.toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Matcher m = Pattern.compile("data-crops=\"(\\d+) (\\d+)\"").matcher(dom);
        assertThat(m.find()).as("Chromium ran the page's probe").isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** Runs ingest as an operator does, on the test's H2 warehouse; returns what it printed. */
    private static String ingest(Path work, String... more) throws Exception {
        return ingest(work, "jdbc:h2:file:" + work.resolve("wh/disclosure") + ";AUTO_SERVER=TRUE", Map.of(), more);
    }

    private static String ingest(Path work, String warehouse, Map<String, String> environment, String... more) throws Exception {
        List<String> command = new ArrayList<>(Jar.command());
        command.addAll(List.of("ingest", "--inbox=" + work.resolve("inbox"), "--extracts=" + work.resolve("extracts"),
                "--corrections=" + work.resolve("corrections"), "--warehouse=" + warehouse));
        command.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
