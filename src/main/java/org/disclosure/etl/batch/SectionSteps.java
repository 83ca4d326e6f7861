package org.disclosure.etl.batch;

import java.util.function.Function;
import org.disclosure.etl.report.Section;
import org.disclosure.etl.warehouse.LoadedSection;
import org.disclosure.etl.warehouse.StagedSection;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The job's step for one statistical section: maps each report's staged section to facts, checks
 * them and loads them, partitioned over the reports and run on {@code ingest.threads} threads as the
 * read step is.
 */
public final class SectionSteps {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager tx;
    private final ItemReader<StagedSection> stagedSections;
    private final SectionLoader loader;
    private final int chunkSize;
    private final Function<String, TaskExecutor> threads;

    /** @param stagedSections step-scoped: the staged sections of the partition's section and report ids */
    public SectionSteps(JobRepository jobRepository, PlatformTransactionManager tx, ItemReader<StagedSection> stagedSections,
                        SectionLoader loader, int chunkSize, Function<String, TaskExecutor> threads) {
        this.jobRepository = jobRepository;
        this.tx = tx;
        this.stagedSections = stagedSections;
        this.loader = loader;
        this.chunkSize = chunkSize;
        this.threads = threads;
    }

    public Step step(Section section) {
        String name = "section" + section.number();
        SectionMapper mapper = new SectionMapper();
        Step worker = new StepBuilder(name + "Partition", jobRepository)
                .<StagedSection, LoadedSection>chunk(chunkSize, tx)
                .reader(stagedSections)
                .processor(mapper)
                .writer(loader)
                .listener(mapper)
                .build();
        return new StepBuilder(name, jobRepository)
                .partitioner(name + "Partition", new ReportPartitioner(section.number()))
                .step(worker)
                .taskExecutor(threads.apply(name + "-"))
                .build();
    }
}
