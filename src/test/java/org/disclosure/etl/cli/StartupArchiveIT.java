package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command: the extracted jar with the class-data-sharing archive the build trains.
 * It runs the sample inbox as the jar does, taking Spring's, Batch's and our classes from the archive.
 */
class StartupArchiveIT {

    private static final Path APP = Path.of("target/app/disclosure-etl.jar").toAbsolutePath();
    private static final Path ARCHIVE = Path.of("target/app/disclosure-etl.jsa").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void theRunCommandStartsFromTheArchive() throws Exception {
        Process run = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:class+load=info", "-jar", APP.toString(), "ingest",
                "--inbox=" + Path.of("data/inbox").toAbsolutePath(), "--extracts=" + work.resolve("extracts"),
                "--warehouse=jdbc:h2:file:" + work.resolve("warehouse/disclosure")))
                .directory(work.toFile()).redirectErrorStream(true).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(180, TimeUnit.SECONDS)).isTrue();

        assertThat(run.exitValue()).as(out).isZero();
        assertThat(out).contains("files seen 6: loaded 5, partial 1, failed 0");
        List<String> fromArchive = out.lines().filter(l -> l.contains("source: shared objects file (top)")).toList();
        assertThat(fromArchive).hasSizeGreaterThan(3000)
                .anyMatch(l -> l.contains(" org.springframework.batch.core.job.builder.JobBuilder "))
                .anyMatch(l -> l.contains(" org.disclosure.etl.batch.IngestJobConfig "));
    }
}
