package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar over an inbox of real-format files: the real 洪泽区 PDF, DOCX, a LibreOffice PDF
 * export, a web page in GBK, and files that cannot be read. Each bad file fails alone with its
 * reason; the others load with their facts; 洪泽区's wrong section-4 totals are flagged.
 */
class FormatsIngestIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @Test
    void everyFormatLoadsAndEveryBadFileFailsAlone(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        for (String file : List.of("pdf/hongze-district-2023.pdf", "docx/template-2021-subrows.docx",
                "pdf/template-2021-blanks.pdf", "html/site-2019-gbk.html", "bad/user-password.pdf",
                "bad/scanned.pdf", "bad/truncated.pdf", "bad/not-a-zip.docx", "doc/built-2019.doc")) {
            Files.copy(FIXTURES.resolve(file), inbox.resolve(Path.of(file).getFileName()));
        }
        Path extracts = work.resolve("extracts");
        List<String> command = new ArrayList<>(Jar.command());
        command.addAll(List.of("ingest", "--inbox=" + inbox, "--extracts=" + extracts, "--warehouse=jdbc:h2:file:" + work.resolve("wh/disclosure")));
        ProcessBuilder run = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        // nothing but Java on the PATH: the legacy .doc is read in-process, no LibreOffice
        run.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin").toString());
        Process p = run.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("files seen 9: loaded 5, partial 0, failed 4, duplicate 0")
                .contains("facts " + (186 + 200 + 186 + 198 + 198));

        Map<String, Map<String, String>> reports = ExtractFiles.table(extracts, "reports.csv").stream()
                .collect(Collectors.toMap(r -> r.get("source_file"), r -> r));
        assertThat(reports.get("hongze-district-2023.pdf")).containsEntry("status", "loaded").containsEntry("format", "pdf")
                .containsEntry("facts", "186").containsEntry("failed_checks", "2").containsEntry("report_year", "2023")
                .containsEntry("template", "2021").containsEntry("jurisdiction", "洪泽区").containsEntry("level", "county")
                .containsEntry("province", "江苏省").containsEntry("prefecture", "淮安市").containsEntry("county", "洪泽区")
                .containsEntry("division_code", "320813");
        assertThat(reports.get("template-2021-subrows.docx")).containsEntry("status", "loaded").containsEntry("format", "docx")
                .containsEntry("facts", "200").containsEntry("failed_checks", "0");
        assertThat(reports.get("template-2021-blanks.pdf")).containsEntry("status", "loaded").containsEntry("facts", "186");
        assertThat(reports.get("built-2019.doc")).containsEntry("status", "loaded").containsEntry("format", "doc")
                .containsEntry("facts", "198").containsEntry("failed_checks", "0").containsEntry("template", "2019")
                .containsEntry("division_code", "640323").containsEntry("report_year", "2019");
        assertThat(reports.get("site-2019-gbk.html")).containsEntry("status", "loaded").containsEntry("format", "html")
                .containsEntry("facts", "198").containsEntry("template", "2019");
        assertThat(reports.get("user-password.pdf")).containsEntry("status", "failed")
                .containsEntry("error", "PDF is encrypted with a user password");
        assertThat(reports.get("scanned.pdf")).containsEntry("status", "failed")
                .containsEntry("error", "no text layer (scanned pages); OCR not available: Tesseract ('tesseract') is not installed");
        assertThat(reports.get("truncated.pdf")).containsEntry("status", "failed")
                .extractingByKey("error").asString().startsWith("truncated PDF");
        assertThat(reports.get("not-a-zip.docx")).containsEntry("status", "failed")
                .extractingByKey("error").asString().startsWith("not a DOCX file");

        assertThat(ExtractFiles.table(extracts, "checks.csv"))
                .extracting(c -> c.get("source_file") + ":" + c.get("rule") + ":" + c.get("row_code") + ":" + c.get("expected") + ":" + c.get("actual"))
                .containsExactlyInAnyOrder("hongze-district-2023.pdf:S4_ROW_TOTAL:review:11:0",
                        "hongze-district-2023.pdf:S4_ROW_TOTAL:litigation_after_review:5:0");
        String review = Files.readString(extracts.resolve("review.html"));
        assertThat(review).contains("PDF is encrypted with a user password", "OCR not available: Tesseract (&#39;tesseract&#39;) is not installed",
                        "S4_ROW_TOTAL", "litigation_after_review", "江苏省", "hongze-district-2023.pdf")
                .doesNotContain("<script", "src=\"http", "href=\"http", "@import");
        assertThat(ExtractFiles.table(extracts, "proactive.csv")).anySatisfy(row -> assertThat(row)
                .containsEntry("source_file", "hongze-district-2023.pdf").containsEntry("row_code", "administrative_fees")
                .containsEntry("amount", "77302800"));
    }
}
