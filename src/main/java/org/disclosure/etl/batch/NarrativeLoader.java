package org.disclosure.etl.batch;

import org.disclosure.etl.warehouse.NarrativeRepository;
import org.disclosure.etl.warehouse.StagedNarrative;
import org.disclosure.etl.warehouse.StagingRepository;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** The narrative step's writer: stores the text of sections 1, 5 and 6 and takes it out of staging, in one transaction. */
public class NarrativeLoader implements ItemWriter<StagedNarrative> {

    private final NarrativeRepository narrative;
    private final StagingRepository staging;

    public NarrativeLoader(NarrativeRepository narrative, StagingRepository staging) {
        this.narrative = narrative;
        this.staging = staging;
    }

    @Override
    public void write(Chunk<? extends StagedNarrative> chunk) {
        narrative.insert(java.util.List.copyOf(chunk.getItems()));
        staging.consume(chunk.getItems().stream().map(StagedNarrative::key).toList());
    }
}
