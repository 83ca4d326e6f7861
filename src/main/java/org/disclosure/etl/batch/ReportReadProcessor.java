package org.disclosure.etl.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.disclosure.etl.document.UnreadableDocumentException;
import org.disclosure.etl.jurisdiction.Jurisdiction;
import org.disclosure.etl.jurisdiction.JurisdictionResolver;
import org.disclosure.etl.report.LocatedReport;
import org.disclosure.etl.report.ReportReading;
import org.disclosure.etl.report.ReportTitle;
import org.springframework.batch.item.ItemProcessor;

/**
 * Reads and locates one file. Bad input is a data outcome, not an error: it becomes an
 * {@link ReadResult.Unreadable} with a one-line reason, and the step goes on.
 */
public class ReportReadProcessor implements ItemProcessor<PendingReport, ReadResult> {

    private final Path inbox;
    private final ReportReading reading;
    private final JurisdictionResolver places;

    public ReportReadProcessor(Path inbox, ReportReading reading, JurisdictionResolver places) {
        this.inbox = inbox;
        this.reading = reading;
        this.places = places;
    }

    @Override
    public ReadResult process(PendingReport report) {
        try {
            byte[] content = Files.readAllBytes(inbox.resolve(report.sourceFile()));
            LocatedReport located = reading.read(report.sourceFile(), content);
            ReportTitle title = located.title();
            Jurisdiction place = places.resolve(title.agency(), title.jurisdiction(), located.text(), report.sourceFile());
            return new ReadResult.Located(report, located, place);
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
