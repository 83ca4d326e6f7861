package org.disclosure.etl.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.disclosure.etl.document.UnreadableDocumentException;
import org.disclosure.etl.report.ReportReading;
import org.springframework.batch.item.ItemProcessor;

/**
 * Reads and locates one file. Bad input is a data outcome, not an error: it becomes an
 * {@link ReadResult.Unreadable} with a one-line reason, and the step goes on.
 */
public class ReportReadProcessor implements ItemProcessor<PendingReport, ReadResult> {

    private final Path inbox;
    private final ReportReading reading;

    public ReportReadProcessor(Path inbox, ReportReading reading) {
        this.inbox = inbox;
        this.reading = reading;
    }

    @Override
    public ReadResult process(PendingReport report) {
        try {
            byte[] content = Files.readAllBytes(inbox.resolve(report.sourceFile()));
            return new ReadResult.Located(report, reading.read(report.sourceFile(), content));
        } catch (NoSuchFileException e) {
            return new ReadResult.Unreadable(report, "file disappeared from the inbox before it was read");
        } catch (IOException e) {
            return new ReadResult.Unreadable(report, "file cannot be read: " + e.getMessage());
        } catch (UnreadableDocumentException e) {
            return new ReadResult.Unreadable(report, e.getMessage());
        } catch (RuntimeException e) {
            return new ReadResult.Unreadable(report, "parser error: " + e);
        }
    }
}
