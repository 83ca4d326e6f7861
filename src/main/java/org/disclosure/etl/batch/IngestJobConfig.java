package org.disclosure.etl.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.sql.DataSource;
import org.disclosure.etl.document.DocumentReaders;
import org.disclosure.etl.extract.ExtractExporter;
import org.disclosure.etl.extract.ExtractSet;
import org.disclosure.etl.inbox.InboxIndex;
import org.disclosure.etl.jurisdiction.FunctionalZones;
import org.disclosure.etl.jurisdiction.Gazetteer;
import org.disclosure.etl.jurisdiction.JurisdictionResolver;
import org.disclosure.etl.publish.SitePublisher;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.report.ReportReading;
import org.disclosure.etl.report.SourceRow;
import org.disclosure.etl.review.ReviewPage;
import org.disclosure.etl.review.RunReview;
import org.disclosure.etl.review.RunReviewQuery;
import org.disclosure.etl.warehouse.CheckRepository;
import org.disclosure.etl.warehouse.FactKeys;
import org.disclosure.etl.warehouse.FactLoader;
import org.disclosure.etl.warehouse.LoadedSection;
import org.disclosure.etl.warehouse.NarrativeRepository;
import org.disclosure.etl.warehouse.PendingReport;
import org.disclosure.etl.warehouse.PlannerStatistics;
import org.disclosure.etl.warehouse.ReportRepository.ReadReport;
import org.disclosure.etl.warehouse.ReportRepository;
import org.disclosure.etl.warehouse.RunLock;
import org.disclosure.etl.warehouse.RunRepository;
import org.disclosure.etl.warehouse.SectionRepository;
import org.disclosure.etl.warehouse.SkipRepository;
import org.disclosure.etl.warehouse.StagedSection;
import org.disclosure.etl.warehouse.StagingRepository;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code ingest} job: discover, reprocess (only with {@code --reprocess}), read (partitioned),
 * one step per statistical section (mapping and checking it), narrative, complete, export. Steps
 * pick their work by report status (pending, read) and by what is left in staging, so a run
 * restarted by Spring Batch carries on with what the killed one left.
 */
@Configuration
@EnableConfigurationProperties(IngestSettings.class)
public class IngestJobConfig {

    /**
     * Rows fetched per round trip by the cursors and the export; with autocommit off this makes
     * PostgreSQL stream a result instead of holding all of it in memory.
     */
    private static final int FETCH_SIZE = 500;

    private final JobRepository jobRepository;
    private final PlatformTransactionManager tx;
    private final DataSource dataSource;
    private final IngestSettings settings;
    private final JdbcTemplate jdbc;
    private final DocumentReaders readers;
    private final Gazetteer gazetteer;
    private final FunctionalZones zones;

    public IngestJobConfig(JobRepository jobRepository, PlatformTransactionManager tx, DataSource dataSource,
                           IngestSettings settings) {
        this.jobRepository = jobRepository;
        this.tx = tx;
        this.dataSource = dataSource;
        this.settings = settings;
        this.jdbc = new JdbcTemplate(dataSource);
        this.readers = DocumentReaders.standard(settings.soffice(), settings.maxPages(), settings.tesseract());
        this.gazetteer = Gazetteer.load(settings.gazetteer());
        this.zones = FunctionalZones.besideGazetteer(settings.gazetteer());
    }

    /** Static, as a post-processor is made before the configuration's other beans. */
    @Bean
    static ConnectionPoolSizing connectionPoolSizing(Environment environment) {
        return new ConnectionPoolSizing(environment);
    }

    @Bean
    public ReportRepository reportRepository() {
        return new ReportRepository(jdbc);
    }

    @Bean
    public RunLock runLock() {
        return new RunLock(JdbcClient.create(jdbc));
    }

    @Bean
    public RunRepository runRepository() {
        return new RunRepository(JdbcClient.create(jdbc));
    }

    @Bean
    public SkipRepository skipRepository() {
        return new SkipRepository(jdbc);
    }

    @Bean
    public StagingRepository stagingRepository() {
        return new StagingRepository(jdbc);
    }

    /** One loader for the section steps and re-reading; which way facts go in is asked of the database once. */
    @Bean
    public SectionLoader sectionLoader() {
        return new SectionLoader(new SectionRepository(FactLoader.forDatabase(jdbc, new FactKeys(Codebook.standard())), skipRepository(),
                new CheckRepository(jdbc), reportRepository()), stagingRepository());
    }

    /** The static site of {@code publish}; also the ingest's last step where the job file names {@code ingest.site}. */
    @Bean
    public SitePublisher sitePublisher() {
        return new SitePublisher(streaming(), readOnly(), gazetteer, settings.threads());
    }

    /** JDBC that fetches {@link #FETCH_SIZE} rows a round trip: the extracts and the site read whole tables. */
    private JdbcTemplate streaming() {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH_SIZE);
        return streaming;
    }

    /** A read-only transaction per part of the extracts, in which PostgreSQL streams by the fetch size. */
    private TransactionTemplate readOnly() {
        TransactionTemplate readOnly = new TransactionTemplate(tx);
        readOnly.setReadOnly(true);
        return readOnly;
    }

    @Bean
    public Job ingestJob() {
        if (settings.site() != null) {
            return jobSteps().next(publishStep()).build();
        }
        return jobSteps().build();
    }

    private SimpleJobBuilder jobSteps() {
        return new JobBuilder("ingest", jobRepository)
                .start(discoverStep())
                .next(reprocessStep())
                .next(readStep())
                .next(sectionStep(2))
                .next(sectionStep(3))
                .next(sectionStep(4))
                .next(narrativeStep())
                .next(completeStep())
                .next(exportStep());
    }

    /** The data set site, published whole after the extracts. */
    private Step publishStep() {
        return new StepBuilder("publish", jobRepository)
                .tasklet((contribution, chunk) -> {
                    sitePublisher().publish(settings.site());
                    return RepeatStatus.FINISHED;
                }, tx)
                .build();
    }

    private Step discoverStep() {
        return new StepBuilder("discover", jobRepository)
                .tasklet(new InboxRegistration(settings.inbox(), settings.maxFileSize().toBytes(), reportRepository(), runRepository(), readers), tx)
                .build();
    }

    /** Reads, locates and places one file; for re-reading, a file moved since is found by its hash. */
    private ReportReadProcessor readProcessor(InboxIndex movedFiles) {
        return new ReportReadProcessor(settings.inbox(), settings.maxFileSize().toBytes(),
                Duration.ofSeconds(settings.maxSecondsPerFile()), new ReportReading(readers),
                new JurisdictionResolver(gazetteer, zones), movedFiles);
    }

    /** {@code --reprocess}: re-reads reports loaded before, replacing their data one chunk transaction at a time. */
    private Step reprocessStep() {
        ReprocessCandidates candidates = new ReprocessCandidates(reportRepository());
        ReportReprocessor writer = new ReportReprocessor(
                new ReadResultWriter(reportRepository(), stagingRepository(), skipRepository()),
                sectionLoader(), reportCompletion(), reportRepository(), jdbc);
        return new StepBuilder("reprocess", jobRepository)
                .<PendingReport, ReadResult>chunk(5, tx)
                .reader(candidates)
                .processor(readProcessor(new InboxIndex(settings.inbox(), settings.maxFileSize().toBytes())))
                .writer(writer)
                .listener((StepExecutionListener) candidates)
                .listener((StepExecutionListener) writer)
                .build();
    }

    private ReportCompletion reportCompletion() {
        return new ReportCompletion(reportRepository());
    }

    /**
     * The pending files of one partition (report ids starting with its hex digit). Items leave the
     * query as their status changes, so the reader keeps no restart position.
     */
    @Bean
    @StepScope
    public JdbcCursorItemReader<PendingReport> pendingReports(
            @Value("#{stepExecutionContext['" + ReportPartitioner.PREFIX + "']}") String prefix) {
        return new JdbcCursorItemReaderBuilder<PendingReport>()
                .name("pendingReports").dataSource(dataSource)
                .fetchSize(FETCH_SIZE).connectionAutoCommit(false).saveState(false)
                .sql("SELECT report_id, report_seq, source_file, format, sha256 FROM reports WHERE status = 'pending' AND report_id LIKE ?"
                        + " ORDER BY source_file")
                .preparedStatementSetter(ps -> ps.setString(1, prefix + "%"))
                .rowMapper(PendingReport.ROW_MAPPER)
                .build();
    }

    /** The CPU-heavy step, partitioned over the files and run on {@code ingest.threads} threads. */
    private Step readStep() {
        ReadResultWriter writer = new ReadResultWriter(reportRepository(), stagingRepository(), skipRepository());
        ReadProgress progress = new ReadProgress(reportRepository(), System.console() != null ? System.out : null);
        Step worker = new StepBuilder("readPartition", jobRepository)
                .<PendingReport, ReadResult>chunk(Math.min(settings.chunkSize(), 10), tx)
                .reader(pendingReports(null))
                .processor(readProcessor(null))
                .writer(writer)
                .listener(writer)
                .listener((ItemWriteListener<ReadResult>) progress)
                .build();
        return new StepBuilder("read", jobRepository)
                .partitioner("readPartition", new ReportPartitioner())
                .step(worker)
                .taskExecutor(partitionThreads("read-"))
                .listener((StepExecutionListener) progress)
                .build();
    }

    /**
     * The staged sections of one partition of a section step (report ids starting with its hex
     * digit). Loading consumes the staged section, so the reader keeps no restart position: what is
     * left in staging is what is left to do.
     */
    @Bean
    @StepScope
    public JdbcCursorItemReader<StagedSection> stagedSections(
            @Value("#{stepExecutionContext['" + ReportPartitioner.SECTION + "']}") Integer section,
            @Value("#{stepExecutionContext['" + ReportPartitioner.PREFIX + "']}") String prefix) {
        return new JdbcCursorItemReaderBuilder<StagedSection>()
                .name("stagedSection").dataSource(dataSource)
                .fetchSize(FETCH_SIZE).connectionAutoCommit(false).saveState(false)
                .sql(StagingRepository.sectionSql(section, prefix))
                .rowMapper(StagingRepository.ROW_MAPPER)
                .build();
    }

    /**
     * Maps each report's staged section to facts, checks them and loads them: one job step per
     * section, partitioned over the reports and run on {@code ingest.threads} threads as the read step is.
     */
    private Step sectionStep(int section) {
        SectionMapper mapper = new SectionMapper();
        Step worker = new StepBuilder("section" + section + "Partition", jobRepository)
                .<StagedSection, LoadedSection>chunk(settings.chunkSize(), tx)
                .reader(stagedSections(null, null))
                .processor(mapper)
                .writer(sectionLoader())
                .listener(mapper)
                .build();
        return new StepBuilder("section" + section, jobRepository)
                .partitioner("section" + section + "Partition", new ReportPartitioner(section))
                .step(worker)
                .taskExecutor(partitionThreads("section" + section + "-"))
                .build();
    }

    private SimpleAsyncTaskExecutor partitionThreads(String prefix) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor(prefix);
        threads.setConcurrencyLimit(settings.threads());
        return threads;
    }

    /** Sections 1, 5 and 6 as text, consumed from staging as the section steps consume theirs. */
    private Step narrativeStep() {
        JdbcCursorItemReader<StagedSection> narrative = new JdbcCursorItemReaderBuilder<StagedSection>()
                .name("stagedNarrative").dataSource(dataSource)
                .fetchSize(FETCH_SIZE).connectionAutoCommit(false).saveState(false)
                .sql(StagingRepository.narrativeSql())
                .rowMapper(StagingRepository.ROW_MAPPER)
                .build();
        ItemWriter<StagedSection> writer = chunk -> {
            jdbc.batchUpdate(NarrativeRepository.INSERT_SQL, chunk.getItems().stream().map(s -> {
                SourceRow text = s.rows().get(0);
                return new Object[] {s.reportId(), s.section(), text.label(), text.cells().get(0)};
            }).toList());
            stagingRepository().consume(chunk.getItems().stream().map(StagedSection::key).toList());
        };
        return new StepBuilder("narrative", jobRepository)
                .<StagedSection, StagedSection>chunk(settings.chunkSize(), tx)
                .reader(narrative)
                .writer(writer)
                .build();
    }

    /** Settles each read report's status once all its sections are loaded. */
    private Step completeStep() {
        JdbcCursorItemReader<ReadReport> read = new JdbcCursorItemReaderBuilder<ReadReport>()
                .name("readReports").dataSource(dataSource)
                .fetchSize(FETCH_SIZE).connectionAutoCommit(false).saveState(false)
                .sql(ReportRepository.READ_REPORTS_SQL)
                .rowMapper(ReportRepository.READ_REPORT)
                .build();
        return new StepBuilder("complete", jobRepository)
                .<ReadReport, ReadReport>chunk(settings.chunkSize(), tx)
                .reader(read)
                .writer(reportCompletion())
                .build();
    }

    /** The extracts and the run's review page beside them, written as a new set and published whole. */
    private Step exportStep() {
        ExtractExporter exporter = new ExtractExporter(streaming(), Codebook.standard(), readOnly());
        RunReviewQuery reviews = new RunReviewQuery(jdbc);
        PlannerStatistics statistics = new PlannerStatistics(jdbc);
        return new StepBuilder("export", jobRepository)
                .tasklet((contribution, chunk) -> {
                    statistics.refresh();
                    StepExecution step = chunk.getStepContext().getStepExecution();
                    ExtractSet extracts = ExtractSet.at(settings.extracts());
                    Path folder = extracts.begin(RunIds.of(step));
                    exporter.export(folder, settings.threads());
                    LocalDateTime started = step.getJobExecution().getStartTime();
                    RunReview review = reviews.of(RunIds.of(step), step.getJobParameters().getString("inbox"),
                            started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")),
                            Duration.between(started, LocalDateTime.now()).toMillis() / 1000.0);
                    Optional<Path> lastReview = extracts.current().map(c -> c.resolve(ReviewPage.FILE)).filter(Files::isRegularFile);
                    if (review.tookNothingIn() && lastReview.isPresent()) {
                        // a run with nothing to do keeps the last run with work on the page
                        Files.copy(lastReview.get(), folder.resolve(ReviewPage.FILE));
                    } else {
                        ReviewPage.write(review, folder);
                    }
                    extracts.publish(folder);
                    return RepeatStatus.FINISHED;
                }, tx)
                .build();
    }
}
