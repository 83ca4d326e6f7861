package org.disclosure.etl.bench.synthetic;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclosure.etl.report.Template;

/**
 * N distinct synthetic reports for the benchmark, written once into a cache folder and reused:
 * a quarter each PDF, DOCX, TXT and HTML, both templates, real county names, known numbers. All are
 * made in-process (PDFs drawn by PDFBox in the corpus font), so the corpus is the same on every machine.
 */
public final class SyntheticInbox {

    /** 2: the PDF quarter drawn in-process (1 exported it with LibreOffice, or wrote DOCX where that was missing). */
    private static final String VERSION = "2";
    private static final List<String> PLACES = List.of("沁水县", "河曲县", "沂源县", "沁县", "盐池县", "洪泽区", "黄浦区",
            "仙桃市", "库尔勒市", "满洲里市", "格尔木市", "巫山县", "岷县", "太和县", "天涯区", "玛沁县");

    private SyntheticInbox() {
    }

    /** The folder holding the reports, generating what is missing. */
    public static Path ensure(Path cache, int reports, PrintStream log) throws IOException {
        return ensure(cache, 0, reports, log);
    }

    /** The folder holding the corpus's reports {@code first} to {@code first + reports - 1}, generating what is missing. */
    public static Path ensure(Path cache, int first, int reports, PrintStream log) throws IOException {
        Path dir = cache.resolve("reports-" + (first == 0 ? "" : first + "+") + reports + "-v" + VERSION);
        Path done = dir.resolve(".complete");
        if (Files.exists(done)) {
            return dir;
        }
        Files.createDirectories(dir);
        long started = System.nanoTime();
        for (int i = first; i < first + reports; i++) {
            String name = String.format("report-%06d", i);
            KnownReport report = report(i, name);
            switch (i % 4) {
                case 0 -> Files.write(dir.resolve(name + ".pdf"), SyntheticPdf.write(report));
                case 1 -> Files.write(dir.resolve(name + ".docx"), SyntheticDocx.build(report));
                case 2 -> Files.write(dir.resolve(name + ".txt"), SyntheticText.write(report));
                default -> Files.write(dir.resolve(name + ".html"), SyntheticHtml.write(report, StandardCharsets.UTF_8));
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        log.println("generated " + reports + " reports in " + seconds + " s");
        Files.writeString(done, "generated in " + seconds + " s\n");
        return dir;
    }

    /** The corpus's report number {@code i}: one of 16 places, both templates, four years, both zero styles. */
    public static KnownReport report(int i, String name) {
        boolean t2021 = (i / 4) % 2 == 0;
        int year = t2021 ? 2021 + i % 3 : 2020;
        String title = PLACES.get(i % PLACES.size()) + "人民政府" + year + "年政府信息公开工作年度报告";
        return KnownReports.generate(name, title, t2021 ? Template.T2021 : Template.T2019,
                t2021 && i % 3 == 0, i % 8 == 3 ? KnownReport.ZeroStyle.BLANK : KnownReport.ZeroStyle.DIGIT, i);
    }
}
