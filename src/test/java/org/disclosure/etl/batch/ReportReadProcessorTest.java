package org.disclosure.etl.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.disclosure.etl.fixtures.HostileFiles;
import org.disclosure.etl.document.formats.DocumentReaders;
import org.disclosure.etl.inbox.Hashing;
import org.disclosure.etl.inbox.InboxIndex;
import org.disclosure.etl.jurisdiction.Gazetteer;
import org.disclosure.etl.jurisdiction.JurisdictionResolver;
import org.disclosure.etl.report.ReportReading;
import org.disclosure.etl.warehouse.PendingReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read step's processor on files that changed between discover and read. */
class ReportReadProcessorTest {

    private static final JurisdictionResolver PLACES = new JurisdictionResolver(Gazetteer.load(Path.of("data/reference/divisions.csv")));
    private static final Path SEED = Path.of("data/inbox/004_630953d30cc2ca0c.txt");

    private static ReportReadProcessor processor(Path inbox, InboxIndex moved) {
        return processor(inbox, moved, Duration.ofSeconds(60));
    }

    private static ReportReadProcessor processor(Path inbox, InboxIndex moved, Duration timeLimit) {
        return new ReportReadProcessor(inbox, 1 << 20, timeLimit, new ReportReading(DocumentReaders.standard()), PLACES, moved);
    }

    private static PendingReport pending(String file, byte[] content) {
        return new PendingReport("r1", 1, file, "txt", Hashing.sha256Hex(content));
    }

    @Test
    void aFileDeletedAfterDiscoverIsGone(@TempDir Path inbox) throws Exception {
        PendingReport report = pending("deleted.txt", Files.readAllBytes(SEED));
        assertThat(processor(inbox, null).process(report)).isInstanceOf(ReadResult.Gone.class);
    }

    /** A remote worker without the inbox mounted fails the file saying so: it must not take every file for deleted. */
    @Test
    void aWorkerThatCannotSeeTheInboxFailsTheFileSayingSo(@TempDir Path dir) throws Exception {
        PendingReport report = pending("004.txt", Files.readAllBytes(SEED));
        assertThat(processor(dir.resolve("not-mounted"), null).process(report)).isInstanceOfSatisfying(ReadResult.Unreadable.class,
                u -> assertThat(u.reason()).isEqualTo("inbox " + dir.resolve("not-mounted") + " is not reachable on this host: every worker"
                        + " reads the files at the path the run registered them under, so the inbox must be mounted there"));
    }

    @Test
    void aFileChangedAfterDiscoverIsNotReadAsWhatWasRegistered(@TempDir Path inbox) throws Exception {
        PendingReport report = pending("changed.txt", Files.readAllBytes(SEED));
        Files.writeString(inbox.resolve("changed.txt"), "overwritten by the harvester");
        assertThat(processor(inbox, null).process(report)).isInstanceOfSatisfying(ReadResult.Unreadable.class,
                u -> assertThat(u.reason()).startsWith("file changed after it was registered"));
    }

    /** Issue 29, item 10: a pipe put in a file's place after discover fails the file at once; opening it would wait for ever. */
    @Test
    void aFileReplacedByAPipeAfterDiscoverFailsAtOnce(@TempDir Path inbox) throws Exception {
        PendingReport report = pending("fifo.txt", Files.readAllBytes(SEED));
        assertThat(new ProcessBuilder("mkfifo", inbox.resolve("fifo.txt").toString()).start().waitFor()).isZero();
        ReadResult read = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> processor(inbox, null).process(report));
        assertThat(read).isInstanceOfSatisfying(ReadResult.Unreadable.class, u -> assertThat(u.reason())
                .isEqualTo("not a regular file any more (a pipe, socket or device took its place after it was registered)"));
        ReadResult reread = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> processor(inbox, new InboxIndex(inbox, 1 << 20)).process(report));
        assertThat(reread).isInstanceOf(ReadResult.Unreadable.class);
    }

    @Test
    void whenReReadingAFileMovedSinceIsFoundByItsContent(@TempDir Path inbox) throws Exception {
        byte[] content = Files.readAllBytes(SEED);
        Files.createDirectories(inbox.resolve("宁夏"));
        Files.write(inbox.resolve("宁夏/dashuikeng.txt"), content);
        ReadResult read = processor(inbox, new InboxIndex(inbox, 1 << 20)).process(pending("004.txt", content));
        assertThat(read).isInstanceOfSatisfying(ReadResult.Located.class, l -> {
            assertThat(l.place().divisionCode()).isEqualTo("640323101");
            assertThat(l.located().title().agency()).isEqualTo("盐池县大水坑镇人民政府");
        });
    }

    @Test
    void aFileThatOutlastsTheTimeLimitFailsAloneAndTheNextFileHasItsOwnTime(@TempDir Path inbox) throws Exception {
        byte[] content = Files.readAllBytes(SEED);
        Files.write(inbox.resolve("slow.txt"), content);
        assertThat(processor(inbox, null, Duration.ZERO).process(pending("slow.txt", content)))
                .isInstanceOfSatisfying(ReadResult.Unreadable.class,
                        u -> assertThat(u.reason()).isEqualTo("time limit: reading took over 0 s (ingest.max-seconds-per-file)"));
        assertThat(processor(inbox, null).process(pending("slow.txt", content))).isInstanceOf(ReadResult.Located.class);
    }

    @Test
    void hostileFilesFailAloneWithTheirReason(@TempDir Path inbox) throws Exception {
        byte[] grid = HostileFiles.ruledGridPdf(700);
        Files.write(inbox.resolve("grid.pdf"), grid);
        assertThat(processor(inbox, null).process(new PendingReport("r2", 2, "grid.pdf", "pdf", Hashing.sha256Hex(grid))))
                .isInstanceOfSatisfying(ReadResult.Unreadable.class, u -> assertThat(u.reason())
                        .isEqualTo("page 1 is ruled into 700 × 700 cells, over the limit of 10000 cells a table (not a report's table)"));
    }
}
