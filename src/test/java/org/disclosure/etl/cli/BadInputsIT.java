package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that must each fail alone, with a reason in reports.csv, while the run goes on and the
 * good files load, in a JVM limited to 256 MB: an empty file, a pipe (unreadable: it would block a
 * reader forever), a file over the size limit, a DOCX zip bomb, a PDF of 2,000 pages, a file name
 * that is not UTF-8, odd names, and a symbolic link leading out of the inbox.
 */
class BadInputsIT {

    @Test
    void eachBadInputFailsAloneAndTheRunGoesOn(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.copy(Path.of("data/inbox/004_630953d30cc2ca0c.txt"), inbox.resolve("good.txt"));
        Files.copy(Path.of("data/inbox/001_bb64c80d06ae6591.txt"), inbox.resolve("-=odd name, with \"quotes\".txt"));
        Files.createFile(inbox.resolve("empty.pdf"));
        assertThat(new ProcessBuilder("mkfifo", inbox.resolve("pipe.txt").toString()).start().waitFor()).isZero();
        Files.write(inbox.resolve("huge.txt"), new byte[300 * 1024]);
        Files.write(inbox.resolve("bomb.docx"), zipBomb());
        Files.write(inbox.resolve("thousands.pdf"), pdfOfPages(2000));
        Path outside = Files.writeString(work.resolve("secret.txt"), "not for the inbox");
        Files.createSymbolicLink(inbox.resolve("link.txt"), outside);
        // A name in GBK bytes, as a Windows harvester writes it: not valid UTF-8.
        assertThat(new ProcessBuilder("bash", "-c", "cp good.txt $'\\xc7\\xdf\\xcf\\xd8.txt'")
                .directory(inbox.toFile()).start().waitFor()).isZero();
        Path job = work.resolve("limits.yml");
        Files.writeString(job, """
                ingest:
                  inbox: %s
                  extracts: %s
                  warehouse: jdbc:h2:file:%s
                  max-file-size: 256KB
                """.formatted(inbox, work.resolve("extracts"), work.resolve("wh/db")));

        Process p = Jar.start(work, List.of("-Xmx256m"), "ingest", "--job=" + job);
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("files seen 9: loaded 2, partial 0, failed 7");

        Map<String, Map<String, String>> reports = ExtractFiles.table(work.resolve("extracts"), "reports.csv").stream()
                .collect(Collectors.toMap(r -> r.get("source_file"), r -> r));
        assertThat(reports.get("good.txt")).containsEntry("status", "loaded").containsEntry("facts", "198");
        assertThat(reports.get("'-=odd name, with \"quotes\".txt")).as("a name starting with - or = is written safely")
                .containsEntry("status", "loaded");
        assertThat(reasons(reports)).containsEntry("empty.pdf", "empty file")
                .containsEntry("pipe.txt", "not a regular file (a pipe, socket or device)")
                .containsEntry("huge.txt", "file is 300 KB, over the limit of 256 KB (ingest.max-file-size)")
                .containsEntry("bomb.docx", "DOCX rejected: its compression ratio suggests a zip bomb")
                .containsEntry("thousands.pdf", "PDF has 2000 pages, over the limit of 300 (ingest.max-pages)")
                .containsEntry("link.txt", "symbolic link to a file outside the inbox")
                .containsEntry("\uFFFD\uFFFD\uFFFD\uFFFD.txt", "file name is not valid UTF-8: rename the file");
        assertThat(Files.readString(work.resolve("data/logs/ingest.log")))
                .contains("failed pipe.txt not a regular file").contains("loaded good.txt: 198 facts");
    }

    private static Map<String, String> reasons(Map<String, Map<String, String>> reports) {
        return reports.values().stream().filter(r -> r.get("status").equals("failed"))
                .collect(Collectors.toMap(r -> r.get("source_file"), r -> r.get("error")));
    }

    /** A DOCX whose document part inflates 1000-fold: 100 MB from about 100 KB. */
    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="xml" ContentType="application/xml"/></Types>""".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(spaces);
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] pdfOfPages(int pages) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }
}
