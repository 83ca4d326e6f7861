package org.disclosure.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThatThrownBy(() -> JobFile.read(unknown)).hasMessageContaining("unknown key ingest.colour (known: chunk-size, extracts,");
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
}
