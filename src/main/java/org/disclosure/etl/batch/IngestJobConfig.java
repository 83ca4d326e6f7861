package org.disclosure.etl.batch;

import javax.sql.DataSource;
import org.disclosure.etl.document.formats.DocumentReaders;
import org.disclosure.etl.extract.ExtractExporter;
import org.disclosure.etl.extract.ExtractRelease;
import org.disclosure.etl.publish.SitePublisher;
import org.disclosure.etl.remote.RemotePartitionHandler;
import org.disclosure.etl.report.Section;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.warehouse.CorrectionRepository;
import org.disclosure.etl.warehouse.InboxHashRepository;
import org.disclosure.etl.warehouse.NarrativeRepository;
import org.disclosure.etl.warehouse.PendingReport;
import org.disclosure.etl.warehouse.PlannerStatistics;
import org.disclosure.etl.warehouse.ReportRepository.ReadReport;
import org.disclosure.etl.warehouse.ReportRepository;
import org.disclosure.etl.warehouse.RunRepository;
import org.disclosure.etl.warehouse.RunReviewQuery;
import org.disclosure.etl.warehouse.SkipRepository;
import org.disclosure.etl.warehouse.StagedNarrative;
import org.disclosure.etl.warehouse.StagedSection;
import org.disclosure.etl.warehouse.StagingRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code ingest} job: discover, reprocess (only with {@code --reprocess}), read (partitioned),
 * one step per statistical {@link Section} (mapping and checking it), narrative, complete, export,
 * and publish where the job file names {@code ingest.site}. Steps pick their work by report status
 * (pending, read) and by what is left in staging, so a run restarted by Spring Batch carries on with
 * what the killed one left.
 */
@Configuration
@EnableConfigurationProperties(IngestSettings.class)
public class IngestJobConfig {

    /** The export step's context key for what it wrote: partitions written and carried over. */
    public static final String EXTRACTS_WRITTEN = "extracts.written";
    /** The read step's partition step, by the name workers find it under. */
    public static final String READ_PARTITION = "readPartition";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager tx;
    private final IngestSettings settings;

    public IngestJobConfig(JobRepository jobRepository, PlatformTransactionManager tx, IngestSettings settings) {
        this.jobRepository = jobRepository;
        this.tx = tx;
        this.settings = settings;
    }

    @Bean
    public Job ingestJob(Step discoverStep, Step reprocessStep, Step readStep, SectionSteps sectionSteps, Step narrativeStep,
                         Step completeStep, Step takeCorrectionsStep, Step applyCorrectionsStep, Step exportStep, Step publishStep) {
        SimpleJobBuilder job = new JobBuilder("ingest", jobRepository).start(discoverStep).next(reprocessStep).next(readStep);
        for (Section section : Section.TABLES) {
            job.next(sectionSteps.step(section));
        }
        job.next(narrativeStep).next(completeStep).next(takeCorrectionsStep).next(applyCorrectionsStep).next(exportStep);
        return (settings.site() != null ? job.next(publishStep) : job).build();
    }

    @Bean
    public Step discoverStep(ReportRepository reports, RunRepository runs, DocumentReaders readers, InboxHashRepository hashes) {
        return new StepBuilder("discover", jobRepository)
                .tasklet(new InboxRegistration(settings.inbox(), settings.maxFileSize().toBytes(), reports, runs, readers, hashes,
                        settings.rehash()), tx)
                .build();
    }

    /** {@code --reprocess}: re-reads reports loaded before, replacing their data one chunk transaction at a time. */
    @Bean
    public Step reprocessStep(ReportRepository reports, StagingRepository staging, SkipRepository skips, NarrativeRepository narrative,
                              SectionLoader sections, ReportReadProcessor reportRereader) {
        ReprocessCandidates candidates = new ReprocessCandidates(reports);
        ReportReprocessor writer = new ReportReprocessor(new ReadResultWriter(reports, staging, skips), sections,
                new ReportCompletion(reports), reports, narrative);
        return new StepBuilder("reprocess", jobRepository)
                .<PendingReport, ReadResult>chunk(5, tx)
                .reader(candidates)
                .processor(reportRereader)
                .writer(writer)
                .listener((StepExecutionListener) candidates)
                .listener((StepExecutionListener) writer)
                .build();
    }

    /** The pending files of one partition (report ids starting with its hex digit). */
    @Bean
    @StepScope
    public JdbcCursorItemReader<PendingReport> pendingReports(DataSource dataSource,
            @Value("#{stepExecutionContext['" + ReportPartitioner.PREFIX + "']}") String prefix) {
        return Cursors.over("pendingReports", dataSource, ReportRepository.PENDING_LIKE_SQL, PendingReport.ROW_MAPPER,
                prefix + "%");
    }

    /** What a read step's partition runs: on this process's threads, or on a worker's ({@code ingest --remote}). */
    @Bean(READ_PARTITION)
    public Step readPartition(JdbcCursorItemReader<PendingReport> pendingReports, ReportReadProcessor reportReader,
                              ReportRepository reports, StagingRepository staging, SkipRepository skips, ReadProgress readProgress) {
        ReadResultWriter writer = new ReadResultWriter(reports, staging, skips);
        return new StepBuilder(READ_PARTITION, jobRepository)
                .<PendingReport, ReadResult>chunk(Math.min(settings.chunkSize(), 10), tx)
                .reader(pendingReports)
                .processor(reportReader)
                .writer(writer)
                .listener(writer)
                .listener((ItemWriteListener<ReadResult>) readProgress)
                .build();
    }

    @Bean
    public ReadProgress readProgress(ReportRepository reports) {
        return new ReadProgress(reports, System.console() != null ? System.out : null);
    }

    /**
     * The CPU-heavy step, partitioned over the files and run on {@code ingest.threads} threads, or
     * with {@code ingest.remote} sent to the workers.
     */
    @Bean
    public Step readStep(Step readPartition, ReadProgress readProgress, ObjectProvider<RemotePartitionHandler> workers) {
        PartitionStepBuilder partitioned = new StepBuilder("read", jobRepository)
                .partitioner(READ_PARTITION, new ReportPartitioner())
                .step(readPartition);
        return (settings.remote() ? partitioned.partitionHandler(workers.getObject()) : partitioned.taskExecutor(partitionThreads("read-")))
                .listener((StepExecutionListener) readProgress)
                .build();
    }

    /** The staged sections of one partition of a section step (report ids starting with its hex digit). */
    @Bean
    @StepScope
    public JdbcCursorItemReader<StagedSection> stagedSections(DataSource dataSource,
            @Value("#{stepExecutionContext['" + ReportPartitioner.SECTION + "']}") Integer section,
            @Value("#{stepExecutionContext['" + ReportPartitioner.PREFIX + "']}") String prefix) {
        return Cursors.over("stagedSection", dataSource, StagingRepository.sectionSql(section, prefix), StagingRepository.ROW_MAPPER);
    }

    @Bean
    public SectionSteps sectionSteps(JdbcCursorItemReader<StagedSection> stagedSections, SectionLoader sectionLoader) {
        return new SectionSteps(jobRepository, tx, stagedSections, sectionLoader, settings.chunkSize(), this::partitionThreads);
    }

    /** Sections 1, 5 and 6 as text, consumed from staging as the section steps consume theirs. */
    @Bean
    public Step narrativeStep(DataSource dataSource, NarrativeRepository narrative, StagingRepository staging) {
        return new StepBuilder("narrative", jobRepository)
                .<StagedNarrative, StagedNarrative>chunk(settings.chunkSize(), tx)
                .reader(Cursors.over("stagedNarrative", dataSource, StagingRepository.narrativeSql(), StagingRepository.NARRATIVE_MAPPER))
                .writer(new NarrativeLoader(narrative, staging))
                .build();
    }

    /** Settles each read report's status once all its sections are loaded. */
    @Bean
    public Step completeStep(DataSource dataSource, ReportRepository reports) {
        return new StepBuilder("complete", jobRepository)
                .<ReadReport, ReadReport>chunk(settings.chunkSize(), tx)
                .reader(Cursors.over("readReports", dataSource, ReportRepository.READ_REPORTS_SQL, ReportRepository.READ_REPORT))
                .writer(new ReportCompletion(reports))
                .build();
    }

    /** The correction files operators dropped into {@code ingest.corrections} since the last run, taken in. */
    @Bean
    public Step takeCorrectionsStep(CorrectionRepository corrections) {
        return new StepBuilder("takeCorrections", jobRepository)
                .tasklet(new CorrectionIntake(settings.corrections(), corrections, Codebook.standard()), tx)
                .build();
    }

    /** Corrections applied, a report per transaction: new ones, and again those of reports this run read again. */
    @Bean
    public Step applyCorrectionsStep(CorrectionRepository corrections, ReportRepository reports) {
        CorrectionApplier applier = new CorrectionApplier(corrections, new ReportCompletion(reports), Codebook.standard());
        return new StepBuilder("applyCorrections", jobRepository)
                .<String, String>chunk(1, tx)
                .reader(applier)
                .writer(applier)
                .listener((StepExecutionListener) applier)
                .build();
    }

    /** The extracts and the run's review page beside them, written as a new set and published whole. */
    @Bean
    public Step exportStep(ExtractExporter exporter, RunReviewQuery reviews, PlannerStatistics statistics) {
        ExtractRelease release = new ExtractRelease(exporter, reviews, statistics, settings.extracts(), settings.threads(),
                settings.rebuild());
        return new StepBuilder("export", jobRepository)
                .tasklet((contribution, chunk) -> {
                    var step = chunk.getStepContext().getStepExecution();
                    step.getExecutionContext().putString(EXTRACTS_WRITTEN, release.release(RunIds.of(step),
                            step.getJobParameters().getString("inbox"), step.getJobExecution().getStartTime()).summary());
                    return RepeatStatus.FINISHED;
                }, tx)
                .build();
    }

    /** The data set site, published whole after the extracts (only where the job file names {@code ingest.site}). */
    @Bean
    public Step publishStep(SitePublisher sitePublisher) {
        return new StepBuilder("publish", jobRepository)
                .tasklet((contribution, chunk) -> {
                    sitePublisher.publish(settings.site(), settings.rebuild());
                    return RepeatStatus.FINISHED;
                }, tx)
                .build();
    }

    private SimpleAsyncTaskExecutor partitionThreads(String prefix) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor(prefix);
        threads.setConcurrencyLimit(settings.threads());
        return threads;
    }
}
