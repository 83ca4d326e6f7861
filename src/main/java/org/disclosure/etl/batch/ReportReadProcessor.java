package org.disclosure.etl.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.disclosure.etl.document.ReadDeadline;
import org.disclosure.etl.document.UnreadableDocumentException;
import org.disclosure.etl.inbox.HarvestSidecars;
import org.disclosure.etl.inbox.Hashing;
import org.disclosure.etl.inbox.InboxIndex;
import org.disclosure.etl.jurisdiction.JurisdictionResolver;
import org.disclosure.etl.report.ReportPlacement;
import org.disclosure.etl.report.ReportReading;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.disclosure.etl.warehouse.PendingReport;

/**
 * Reads, locates and places one file. Bad input is a data outcome, not an error: it becomes an
 * {@link ReadResult.Unreadable} with a one-line reason, and the step goes on. A file that changed or
 * grew past the size limit since it was registered is not read as what was registered; when
 * re-reading, a file moved or renamed since is found again by its hash. Reading one file has a time
 * limit; a file that outlasts it fails with {@code time limit}.
 */
public class ReportReadProcessor implements ItemProcessor<PendingReport, ReadResult> {

    private final Path inbox;
    private final long maxFileSize;
    private final Duration timeLimit;
    private final ReportReading reading;
    private final ReportPlacement places;
    private final InboxIndex movedFiles;

    /** @param movedFiles where to look for a file no longer at its path, by its hash; null to fail it */
    public ReportReadProcessor(Path inbox, long maxFileSize, Duration timeLimit, ReportReading reading, JurisdictionResolver places,
                               InboxIndex movedFiles) {
        this.inbox = inbox;
        this.maxFileSize = maxFileSize;
        this.timeLimit = timeLimit;
        this.reading = reading;
        this.places = new ReportPlacement(places);
        this.movedFiles = movedFiles;
    }

    @Override
    public ReadResult process(PendingReport report) {
        long started = System.nanoTime();
        ReadDeadline.start(timeLimit);
        try {
            if (!Files.isDirectory(inbox)) {
                // not "gone": a worker without the inbox mounted must not retire every file it is handed
                return unreadable(report, "inbox " + inbox + " is not reachable on this host: every worker reads the files at the path"
                        + " the run registered them under, so the inbox must be mounted there", started);
            }
            Path file = inbox.resolve(report.sourceFile());
            byte[] content = null;
            boolean registered = false;
            if (movedFiles != null) {
                content = Files.isRegularFile(file) && Files.size(file) <= maxFileSize ? Files.readAllBytes(file) : null;
                registered = content != null && isRegistered(content, report);
                Optional<String> moved = registered ? Optional.empty() : movedFiles.find(report.sha256());
                if (moved.isPresent()) {
                    file = inbox.resolve(moved.get());
                    content = null;
                }
            }
            if (content == null) {
                if (Files.exists(file) && !Files.isRegularFile(file)) {
                    // opening a pipe would wait for a writer for ever, past any time limit
                    return unreadable(report, "not a regular file any more (a pipe, socket or device took its place after it was registered)", started);
                }
                if (Files.size(file) > maxFileSize) {
                    return unreadable(report, "file grew past the size limit after it was registered", started);
                }
                content = Files.readAllBytes(file);
            }
            if (!registered && !isRegistered(content, report)) {
                return unreadable(report, "file changed after it was registered; the next run takes in the new version", started);
            }
            ReportPlacement.Placed placed = places.place(reading.read(report.sourceFile(), content), report.sourceFile());
            return new ReadResult.Located(report, placed.located(), placed.place(), elapsed(started),
                    HarvestSidecars.of(inbox, inbox.relativize(file).toString()));
        } catch (NoSuchFileException e) {
            return new ReadResult.Gone(report, elapsed(started));
        } catch (IOException e) {
            return unreadable(report, "file cannot be read: " + e.getMessage(), started);
        } catch (UnreadableDocumentException e) {
            return unreadable(report, e.getMessage(), started);
        } catch (ReadDeadline.Exceeded e) {
            return unreadable(report, e.getMessage(), started);
        } catch (RuntimeException | OutOfMemoryError e) {
            return unreadable(report, "parser error: " + e, started);
        } catch (StackOverflowError e) {
            // a hostile file (elements nested beyond any report's depth) fails alone; the stack unwound with it
            return unreadable(report, "parser error: the file is nested too deeply to read (StackOverflowError)", started);
        } finally {
            ReadDeadline.clear();
        }
    }

    /** Whether the bytes are those registered: each file is read, and hashed, once. */
    private static boolean isRegistered(byte[] content, PendingReport report) {
        return Hashing.sha256Hex(content).equals(report.sha256());
    }

    private static ReadResult unreadable(PendingReport report, String reason, long started) {
        return new ReadResult.Unreadable(report, reason, elapsed(started));
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
