package org.disclosure.etl.bench.synthetic;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.disclosure.etl.document.formats.DocumentReaders;
import org.disclosure.etl.document.formats.LegacyWordReader;
import org.disclosure.etl.report.Template;

/**
 * N distinct synthetic reports for the benchmark, written once into a cache folder and reused:
 * a quarter each PDF, DOCX, TXT and HTML, both templates, real county names, known numbers. PDFs are
 * DOCX exported by LibreOffice (as most real PDFs are Word exports); without {@code soffice} those
 * reports are written as DOCX instead.
 */
public final class SyntheticInbox {

    private static final String VERSION = "1";
    private static final List<String> PLACES = List.of("沁水县", "河曲县", "沂源县", "沁县", "盐池县", "洪泽区", "黄浦区",
            "仙桃市", "库尔勒市", "满洲里市", "格尔木市", "巫山县", "岷县", "太和县", "天涯区", "玛沁县");

    private SyntheticInbox() {
    }

    /** The folder holding the reports, generating what is missing. */
    public static Path ensure(Path cache, int reports, PrintStream log) throws IOException, InterruptedException {
        Path dir = cache.resolve("reports-" + reports + "-v" + VERSION);
        Path done = dir.resolve(".complete");
        if (Files.exists(done)) {
            return dir;
        }
        Files.createDirectories(dir);
        Path docxForPdf = Files.createDirectories(cache.resolve("pdf-sources"));
        long started = System.nanoTime();
        List<Path> toConvert = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            boolean t2021 = (i / 4) % 2 == 0;
            int year = t2021 ? 2021 + i % 3 : 2020;
            String title = PLACES.get(i % PLACES.size()) + "人民政府" + year + "年政府信息公开工作年度报告";
            String name = String.format("report-%06d", i);
            KnownReport report = KnownReports.generate(name, title, t2021 ? Template.T2021 : Template.T2019,
                    t2021 && i % 3 == 0, i % 8 == 3 ? KnownReport.ZeroStyle.BLANK : KnownReport.ZeroStyle.DIGIT, i);
            switch (i % 4) {
                case 0 -> {
                    Path source = docxForPdf.resolve(name + ".docx");
                    Files.write(source, SyntheticDocx.build(report));
                    toConvert.add(source);
                }
                case 1 -> Files.write(dir.resolve(name + ".docx"), SyntheticDocx.build(report));
                case 2 -> Files.write(dir.resolve(name + ".txt"), SyntheticText.write(report));
                default -> Files.write(dir.resolve(name + ".html"), SyntheticHtml.write(report, StandardCharsets.UTF_8));
            }
        }
        exportPdfs(toConvert, dir, log);
        Files.writeString(done, "generated in " + (System.nanoTime() - started) / 1_000_000_000 + " s\n");
        return dir;
    }

    private static void exportPdfs(List<Path> sources, Path dir, PrintStream log) throws IOException, InterruptedException {
        if (sources.isEmpty()) {
            return;
        }
        if (!LegacyWordReader.isInstalled(DocumentReaders.SOFFICE)) {
            log.println("soffice not found: the PDF quarter of the reports is written as DOCX");
            for (Path source : sources) {
                Files.move(source, dir.resolve(source.getFileName()));
            }
            return;
        }
        log.println("exporting " + sources.size() + " PDFs with LibreOffice (once; cached)");
        for (int from = 0; from < sources.size(); from += 200) {
            List<String> command = new ArrayList<>(List.of("soffice", "--headless", "--norestore", "--convert-to", "pdf",
                    "--outdir", dir.toString()));
            sources.subList(from, Math.min(sources.size(), from + 200)).forEach(p -> command.add(p.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException("LibreOffice could not export the benchmark PDFs");
            }
        }
        for (Path source : sources) {
            Files.delete(source);
        }
    }
}
