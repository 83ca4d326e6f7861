package org.disclosure.etl.batch;

import org.disclosure.etl.warehouse.LoadedSection;
import org.disclosure.etl.warehouse.SectionRepository;
import org.disclosure.etl.warehouse.SkipRecord;
import org.disclosure.etl.warehouse.StagingRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** A section step's writer: loads the chunk's report sections, takes them out of staging, and logs their skipped rows. */
public class SectionLoader implements ItemWriter<LoadedSection> {

    private static final Logger log = LoggerFactory.getLogger("disclosure.skips");

    private final SectionRepository sections;
    private final StagingRepository staging;

    public SectionLoader(SectionRepository sections, StagingRepository staging) {
        this.sections = sections;
        this.staging = staging;
    }

    @Override
    public void write(Chunk<? extends LoadedSection> chunk) {
        sections.load(chunk.getItems().stream().map(LoadedSection.class::cast).toList());
        staging.consume(chunk.getItems().stream().map(LoadedSection::key).toList());
        for (LoadedSection loaded : chunk) {
            for (SkipRecord skip : loaded.skips()) {
                log.info("skipped row of report {} section {}: {} {}", skip.reportId(), skip.section(), skip.reason(), skip.message());
            }
        }
    }
}
