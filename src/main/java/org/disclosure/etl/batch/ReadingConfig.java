package org.disclosure.etl.batch;

import java.nio.file.Path;
import java.time.Duration;
import org.disclosure.etl.document.formats.DocumentReaders;
import org.disclosure.etl.inbox.InboxIndex;
import org.disclosure.etl.jurisdiction.FunctionalZones;
import org.disclosure.etl.jurisdiction.Gazetteer;
import org.disclosure.etl.jurisdiction.JurisdictionResolver;
import org.disclosure.etl.report.ReportReading;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
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

    /**
     * Reads, locates and places the night's new files, from the inbox the run registered them in
     * (its job parameter): a worker reads them where the manager found them.
     */
    @Bean
    @StepScope
    public ReportReadProcessor reportReader(IngestSettings settings, DocumentReaders readers, JurisdictionResolver places,
                                           @Value("#{jobParameters['inbox']}") String inbox) {
        return processor(settings, Path.of(inbox), readers, places, null);
    }

    /** Re-reads loaded reports; a file moved since is found by its hash. */
    @Bean
    public ReportReadProcessor reportRereader(IngestSettings settings, DocumentReaders readers, JurisdictionResolver places) {
        return processor(settings, settings.inbox(), readers, places, new InboxIndex(settings.inbox(), settings.maxFileSize().toBytes()));
    }

    private static ReportReadProcessor processor(IngestSettings settings, Path inbox, DocumentReaders readers, JurisdictionResolver places,
                                                 InboxIndex movedFiles) {
        return new ReportReadProcessor(inbox, settings.maxFileSize().toBytes(), Duration.ofSeconds(settings.maxSecondsPerFile()),
                new ReportReading(readers), places, movedFiles);
    }
}
