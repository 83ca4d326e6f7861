package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobFileTest {

    @Test
    void theShippedJobFileIsValid() throws Exception {
        JobFile job = JobFile.read(Path.of("jobs/nightly.yml"));
        assertThat(job.get("ingest.warehouse")).contains("jdbc:h2:file:./data/warehouse/disclosure;AUTO_SERVER=TRUE");
        assertThat(job.get("ingest.chunk-size")).contains("200");
    }

    @Test
    void aTypoIsAUsageErrorNamingTheKeyAndItsLikelyMeaning(@TempDir Path dir) throws Exception {
        Path job = Files.writeString(dir.resolve("job.yml"), "ingest:\n  inbox: in\n  chunksize: 50\n");
        assertThatThrownBy(() -> JobFile.read(job)).isInstanceOf(JobFile.InvalidJobFileException.class)
                .hasMessage("job file " + job + ": unknown key ingest.chunksize (did you mean chunk-size?)");
        Path section = Files.writeString(dir.resolve("section.yml"), "ingset:\n  inbox: in\n");
        assertThatThrownBy(() -> JobFile.read(section)).hasMessageContaining("unknown key ingset.inbox");
        Path unknown = Files.writeString(dir.resolve("unknown.yml"), "ingest:\n  colour: blue\n");
        assertThatThrownBy(() -> JobFile.read(unknown)).hasMessageContaining("unknown key ingest.colour (known: chunk-size, corrections, extracts,");
    }

    @Test
    void camelCaseAndSpringSettingsAreAccepted(@TempDir Path dir) throws Exception {
        Path job = Files.writeString(dir.resolve("job.yml"), """
                ingest:
                  maxPages: 20
                  max-seconds-per-file: 5
                spring:
                  datasource:
                    username: etl
                """);
        JobFile read = JobFile.read(job);
        assertThat(read.get("spring.datasource.username")).contains("etl");
        assertThat(read.get("ingest.maxPages")).contains("20");
    }

    /** Issue 29, item 13: a section without settings, and values a setting cannot take, are usage errors naming the key. */
    @Test
    void emptySectionsAndImpossibleValuesAreUsageErrorsNamingTheKey(@TempDir Path dir) throws Exception {
        Map<String, String> wrong = new java.util.LinkedHashMap<>();
        wrong.put("ingest:\n", "ingest: holds no settings (write them indented under it)");
        wrong.put("ingest: nightly\n", "ingest: holds no settings but the value nightly (write them indented under it)");
        wrong.put("ingest:\n  threads: many\n", "ingest.threads: many is not a whole number");
        wrong.put("ingest:\n  threads: -2\n", "ingest.threads: -2 is out of range (1 to 16)");
        wrong.put("ingest:\n  threads: 17\n", "ingest.threads: 17 is out of range (1 to 16)");
        wrong.put("ingest:\n  chunk-size: -5\n", "ingest.chunk-size: -5 is out of range (1 to 100000)");
        wrong.put("ingest:\n  max-pages: 0\n", "ingest.max-pages: 0 is out of range (1 or more)");
        wrong.put("ingest:\n  maxSecondsPerFile: -1\n", "ingest.maxSecondsPerFile: -1 is out of range (1 or more)");
        wrong.put("ingest:\n  max-file-size: -1MB\n", "ingest.max-file-size: -1MB is not a size above zero");
        wrong.put("ingest:\n  max-file-size: big\n", "ingest.max-file-size: big is not a size (e.g. 100MB)");
        wrong.put("ingest:\n  max-database-outage: -30s\n", "ingest.max-database-outage: -30s is not a duration above zero");
        wrong.put("ingest:\n  max-database-outage: soon\n", "ingest.max-database-outage: soon is not a duration (e.g. 10m)");
        wrong.put("ingest:\n  inbox: [a, b]\n", "ingest.inbox: takes one value, not a list or a mapping");
        int i = 0;
        for (Map.Entry<String, String> e : wrong.entrySet()) {
            Path job = Files.writeString(dir.resolve("job" + i++ + ".yml"), e.getKey());
            assertThatThrownBy(() -> JobFile.read(job)).as(e.getKey()).isInstanceOf(JobFile.InvalidJobFileException.class)
                    .hasMessage("job file " + job + ": " + e.getValue());
        }
        Path right = Files.writeString(dir.resolve("right.yml"),
                "ingest:\n  threads: 16\n  chunk-size: 1\n  max-file-size: 20MB\n  max-database-outage: 90s\n  max-pages: 1\n");
        assertThat(JobFile.read(right).get("ingest.max-file-size")).contains("20MB");
    }
}
