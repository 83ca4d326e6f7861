package org.disclosure.etl.batch;

import javax.sql.DataSource;
import org.disclosure.etl.extract.ExtractExporter;
import org.disclosure.etl.jurisdiction.Gazetteer;
import org.disclosure.etl.publish.SitePublisher;
import org.disclosure.etl.report.Codebook;
import org.disclosure.etl.warehouse.CheckRepository;
import org.disclosure.etl.warehouse.CorrectionRepository;
import org.disclosure.etl.warehouse.FactKeys;
import org.disclosure.etl.warehouse.FactLoader;
import org.disclosure.etl.warehouse.InboxHashRepository;
import org.disclosure.etl.warehouse.NarrativeRepository;
import org.disclosure.etl.warehouse.PlannerStatistics;
import org.disclosure.etl.warehouse.ReportRepository;
import org.disclosure.etl.warehouse.RunLock;
import org.disclosure.etl.warehouse.RunRepository;
import org.disclosure.etl.warehouse.RunReviewQuery;
import org.disclosure.etl.warehouse.SectionRepository;
import org.disclosure.etl.warehouse.SkipRepository;
import org.disclosure.etl.warehouse.StagingRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The warehouse's repositories and the readers of whole tables (extracts, site), over the one data source. */
@Configuration
public class WarehouseConfig {

    private final JdbcTemplate jdbc;

    public WarehouseConfig(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
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

    @Bean
    public InboxHashRepository inboxHashRepository() {
        return new InboxHashRepository(jdbc);
    }

    @Bean
    public NarrativeRepository narrativeRepository() {
        return new NarrativeRepository(jdbc);
    }

    @Bean
    public PlannerStatistics plannerStatistics() {
        return new PlannerStatistics(jdbc);
    }

    @Bean
    public RunReviewQuery runReviewQuery() {
        return new RunReviewQuery(jdbc);
    }

    /** How facts go in, asked of the database once. */
    @Bean
    public FactLoader factLoader() {
        return FactLoader.forDatabase(jdbc, new FactKeys(Codebook.standard()));
    }

    /** One loader for the section steps and re-reading. */
    @Bean
    public SectionLoader sectionLoader(FactLoader facts, ReportRepository reports, SkipRepository skips, StagingRepository staging) {
        return new SectionLoader(new SectionRepository(facts, skips, new CheckRepository(jdbc), reports), staging);
    }

    @Bean
    public CorrectionRepository correctionRepository(FactLoader facts) {
        return new CorrectionRepository(jdbc, facts, new FactKeys(Codebook.standard()));
    }

    @Bean
    public ExtractExporter extractExporter(DataSource dataSource, PlatformTransactionManager tx) {
        TransactionTemplate ownTransaction = new TransactionTemplate(tx);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new ExtractExporter(streaming(dataSource), Codebook.standard(), readOnly(tx), ownTransaction);
    }

    /** The static site of {@code publish}; also the ingest's last step where the job file names {@code ingest.site}. */
    @Bean
    public SitePublisher sitePublisher(DataSource dataSource, ExtractExporter exporter, Gazetteer gazetteer, IngestSettings settings) {
        return new SitePublisher(streaming(dataSource), exporter, gazetteer, settings.threads(), settings.releasesKept());
    }

    /** JDBC that fetches {@link Cursors#FETCH_SIZE} rows a round trip: the extracts and the site read whole tables. */
    private static JdbcTemplate streaming(DataSource dataSource) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(Cursors.FETCH_SIZE);
        return streaming;
    }

    /** A read-only transaction per part of the extracts, in which PostgreSQL streams by the fetch size. */
    private static TransactionTemplate readOnly(PlatformTransactionManager tx) {
        TransactionTemplate readOnly = new TransactionTemplate(tx);
        readOnly.setReadOnly(true);
        return readOnly;
    }
}
