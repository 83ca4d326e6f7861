package org.disclosure.etl.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.disclosure.etl.cli.CommandLine;
import org.disclosure.etl.cli.ExtractFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery's quick check, end to end: a file rewritten with the same size and modification time is
 * taken for the file hashed before (as rsync takes it), and the job file's {@code rehash: true} reads
 * every file again, so that the new bytes supersede the old report.
 */
class DiscoveryQuickCheckTest {

    private static final String GRANTED = "(一) 予以公开\t2\t0\t0\t0\t0\t0\t2";

    @TempDir
    Path work;

    @Test
    void sameSizeAndTimeIsTheSameFileUntilRehashReadsItAgain() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path report = inbox.resolve("沂源县2020.txt");
        String text = Files.readString(Path.of("data/inbox/000_224684a5a9443bc2.txt"));
        assertThat(text).contains(GRANTED);
        Files.writeString(report, text);
        FileTime harvested = FileTime.fromMillis(1_700_000_000_123L);   // a harvester keeps the server's time
        Files.setLastModifiedTime(report, harvested);
        assertThat(ingest()).contains("partial 1");
        assertThat(granted()).containsExactly("2");

        Files.writeString(report, text.replace(GRANTED, GRANTED.replace("\t2\t0", "\t3\t0").replace("0\t2", "0\t3")));
        Files.setLastModifiedTime(report, harvested);
        assertThat(Files.size(report)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        assertThat(ingest()).contains("already loaded 1");
        assertThat(granted()).containsExactly("2");

        Path job = Files.writeString(work.resolve("rehash.yml"), "ingest:\n  rehash: true\n");
        assertThat(ingest("--job=" + job)).contains("partial 1");
        assertThat(granted()).containsExactly("3");
        assertThat(ExtractFiles.table(work.resolve("extracts"), "reports.csv")).extracting(r -> r.get("status")).containsExactly("partial");
    }

    private String ingest(String... more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("ingest", "--inbox=" + work.resolve("inbox"),
                "--extracts=" + work.resolve("extracts"), "--warehouse=jdbc:h2:file:" + work.resolve("warehouse/w")));
        args.addAll(List.of(more));
        int exit = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run(args.toArray(String[]::new));
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The natural-person cell of （一）予以公开 in facts.csv. */
    private List<String> granted() throws Exception {
        return ExtractFiles.table(work.resolve("extracts"), "facts.csv").stream()
                .filter(f -> f.get("row_code").equals("granted") && f.get("column_code").equals("natural_person")).map(f -> f.get("value")).toList();
    }
}
