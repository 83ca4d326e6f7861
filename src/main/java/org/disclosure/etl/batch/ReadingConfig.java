package org.disclosure.etl.batch;

import java.time.Duration;
import org.disclosure.etl.document.formats.DocumentReaders;
import org.disclosure.etl.inbox.InboxIndex;
import org.disclosure.etl.jurisdiction.FunctionalZones;
import org.disclosure.etl.jurisdiction.Gazetteer;
import org.disclosure.etl.jurisdiction.JurisdictionResolver;
import org.disclosure.etl.report.ReportReading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What reads a file into a placed report: the format readers, the gazetteer, and the read step's processors. */
@Configuration
public class ReadingConfig {

    @Bean
    public DocumentReaders documentReaders(IngestSettings settings) {
        return DocumentReaders.standard(settings.soffice(), settings.maxPages(), settings.tesseract());
    }

    @Bean
    public Gazetteer gazetteer(IngestSettings settings) {
        return Gazetteer.load(settings.gazetteer());
    }

    @Bean
    public JurisdictionResolver jurisdictionResolver(Gazetteer gazetteer, IngestSettings settings) {
        return new JurisdictionResolver(gazetteer, FunctionalZones.besideGazetteer(settings.gazetteer()));
    }

    /** Reads, locates and places the night's new files. */
    @Bean
    public ReportReadProcessor reportReader(IngestSettings settings, DocumentReaders readers, JurisdictionResolver places) {
        return processor(settings, readers, places, null);
    }

    /** Re-reads loaded reports; a file moved since is found by its hash. */
    @Bean
    public ReportReadProcessor reportRereader(IngestSettings settings, DocumentReaders readers, JurisdictionResolver places) {
        return processor(settings, readers, places, new InboxIndex(settings.inbox(), settings.maxFileSize().toBytes()));
    }

    private static ReportReadProcessor processor(IngestSettings settings, DocumentReaders readers, JurisdictionResolver places,
                                                 InboxIndex movedFiles) {
        return new ReportReadProcessor(settings.inbox(), settings.maxFileSize().toBytes(),
                Duration.ofSeconds(settings.maxSecondsPerFile()), new ReportReading(readers), places, movedFiles);
    }
}
