package org.disclosure.etl.batch;

import org.disclosure.etl.warehouse.LoadedSection;
import org.disclosure.etl.warehouse.SectionRepository;
import org.disclosure.etl.warehouse.SkipRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/** A section step's writer: replaces the chunk's report sections in the warehouse and logs their skipped rows. */
public class SectionLoader implements ItemWriter<LoadedSection> {

    private static final Logger log = LoggerFactory.getLogger("disclosure.skips");

    private final SectionRepository sections;

    public SectionLoader(SectionRepository sections) {
        this.sections = sections;
    }

    @Override
    public void write(Chunk<? extends LoadedSection> chunk) {
        sections.replace(chunk.getItems().stream().map(LoadedSection.class::cast).toList());
        for (LoadedSection loaded : chunk) {
            for (SkipRecord skip : loaded.skips()) {
                log.info("skipped row of report {} section {}: {} {}", skip.reportId(), skip.section(), skip.reason(), skip.message());
            }
        }
    }
}
