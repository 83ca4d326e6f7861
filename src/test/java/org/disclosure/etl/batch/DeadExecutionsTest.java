package org.disclosure.etl.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * What a dead run left is marked failed, also when a partition thread of the failed attempt, still
 * finishing in this process, moves its step between the marking's read and its write.
 */
class DeadExecutionsTest {

    @Test
    void aStepMovedWhileBeingMarkedIsReadAgainAndMarked() throws Exception {
        DataSource db = new DriverManagerDataSource("jdbc:h2:mem:dead" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-h2.sql")).execute(db);
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(db);
        factory.setTransactionManager(new JdbcTransactionManager(db));
        factory.afterPropertiesSet();
        JobRepository repository = factory.getObject();
        JobInstance instance = repository.createJobInstance("ingest", new JobParameters());
        JobExecution run = repository.createJobExecution(instance, new JobParameters(), new ExecutionContext());
        run.setStatus(BatchStatus.STARTED);
        repository.update(run);
        StepExecution partition = repository.createStepExecution("readPartition:partition-0", run);
        partition.setStatus(BatchStatus.STARTED);
        repository.update(partition);

        // the lingering thread commits a chunk just before the marking writes the step
        AtomicBoolean moved = new AtomicBoolean();
        JobRepository racing = (JobRepository) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JobRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("update") && args[0] instanceof StepExecution && moved.compareAndSet(false, true)) {
                        StepExecution theirs = repository.getStepExecution(partition.getId());
                        theirs.setReadCount(10);
                        repository.update(theirs);
                    }
                    try {
                        return method.invoke(repository, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        assertThat(new DeadExecutions(racing, racing).markFailed("ingest", "the process running it ended")).containsExactly(run.getId());

        StepExecution marked = repository.getStepExecution(partition.getId());
        assertThat(marked.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(marked.getReadCount()).isEqualTo(10);
        assertThat(repository.getJobExecution(run.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
    }
}
