package org.disclosure.etl.batch;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.disclosure.etl.remote.PartitionRequests;
import org.disclosure.etl.remote.PartitionWorker;
import org.disclosure.etl.remote.RemotePartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Remote partitioning's parts, made only when used: by {@code ingest --remote} (the read step's
 * partition handler) and by {@code worker} (the loop that runs partitions). Both reach each other
 * through the warehouse's PostgreSQL alone.
 */
@Configuration
public class RemotePartitioningConfig {

    /** How often an idle worker asks for a partition, and the manager looks at the job repository. */
    static final Duration POLL = Duration.ofSeconds(1);

    /** Its own small pool: a worker holds one connection per thread for the whole partition it took. */
    @Bean(destroyMethod = "close")
    @Lazy
    public PartitionRequests partitionRequests(IngestSettings settings, Environment environment) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("partition-requests");
        pool.setJdbcUrl(settings.warehouse());
        pool.setUsername(environment.getProperty("spring.datasource.username"));
        pool.setPassword(environment.getProperty("spring.datasource.password"));
        pool.setMaximumPoolSize(settings.threads() + 1);
        return new PartitionRequests(pool);
    }

    @Bean
    @Lazy
    public RemotePartitionHandler readPartitionHandler(PartitionRequests requests, JobRepository repository, IngestSettings settings) {
        return new RemotePartitionHandler(requests, repository, IngestJobConfig.READ_PARTITION, settings.workerAnswerTimeout(), POLL);
    }

    @Bean
    @Lazy
    public PartitionWorker partitionWorker(PartitionRequests requests, JobRepository repository, BeanFactory steps, IngestSettings settings) {
        BeanFactoryStepLocator locator = new BeanFactoryStepLocator();
        locator.setBeanFactory(steps);
        return new PartitionWorker(requests, repository, locator, settings.threads(), POLL, System.out::println);
    }
}
