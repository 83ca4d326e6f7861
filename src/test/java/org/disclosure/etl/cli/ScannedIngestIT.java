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
import org.disclosure.etl.bench.synthetic.ScannedCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar over scanned reports with Tesseract installed: an image-only PDF at 200 dpi, a
 * report whose scanned section 3 has a row that does not add up, and a DOCX with section 3 pasted
 * as a picture. Numbers OCR read load with the warning {@code OCR}; the row the arithmetic cannot
 * confirm is in skips.csv as {@code OCR_UNVERIFIED}, with what was read.
 */
class ScannedIngestIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @Test
    void scannedReportsLoadWhatTheArithmeticConfirms(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.copy(FIXTURES.resolve("scan/slip-2021.pdf"), inbox.resolve("slip-2021.pdf"));
        Files.copy(FIXTURES.resolve("scan/picture-table-2021.docx"), inbox.resolve("picture-table-2021.docx"));
        Files.write(inbox.resolve("blanks-scanned.pdf"), ScannedCopies.imageOnlyPdf(
                Files.readAllBytes(FIXTURES.resolve("pdf/template-2021-blanks.pdf")), new ScannedCopies.Scan(200, 0.6, 3, 0.6f), 3));
        Path extracts = work.resolve("extracts");
        List<String> command = new ArrayList<>(Jar.command());
        command.addAll(List.of("ingest", "--inbox=" + inbox, "--extracts=" + extracts, "--warehouse=jdbc:h2:file:" + work.resolve("wh/disclosure")));
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();

        Map<String, Map<String, String>> reports = ExtractFiles.table(extracts, "reports.csv").stream()
                .collect(Collectors.toMap(r -> r.get("source_file"), r -> r));
        assertThat(reports.values()).allSatisfy(r -> assertThat(r.get("warnings")).contains("OCR"));
        assertThat(reports.get("blanks-scanned.pdf")).containsEntry("jurisdiction", "河曲县").containsEntry("report_year", "2022");
        assertThat(reports.get("slip-2021.pdf")).containsEntry("status", "partial").containsEntry("report_year", "2021");

        List<Map<String, String>> skips = ExtractFiles.table(extracts, "skips.csv");
        assertThat(skips).filteredOn(s -> s.get("source_file").equals("slip-2021.pdf") && s.get("raw").contains("予以公开"))
                .singleElement().satisfies(s -> assertThat(s).containsEntry("reason", "OCR_UNVERIFIED")
                        .containsEntry("message", "read by OCR: the total 26 is not the sum 25 of the six applicant columns, so a number may be misread"));
        List<Map<String, String>> applications = ExtractFiles.table(extracts, "applications.csv");
        assertThat(applications).noneMatch(a -> a.get("source_file").equals("slip-2021.pdf") && a.get("row_code").equals("granted"));
        assertThat(applications).anySatisfy(a -> assertThat(a).containsEntry("source_file", "picture-table-2021.docx")
                .containsEntry("row_code", "new_received").containsEntry("natural_person", "174").containsEntry("total", "862"));
    }
}
