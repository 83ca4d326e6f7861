package org.disclosure.etl.batch;

import com.zaxxer.hikari.HikariDataSource;
import org.disclosure.etl.warehouse.PostgresTimeouts;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Sizes the warehouse's connection pool to the run's threads ({@link IngestSettings#connectionsFor}),
 * so that {@code ingest.threads} alone decides how wide a run goes; a larger pool set in
 * {@code spring.datasource.hikari.maximum-pool-size} is kept. A PostgreSQL warehouse also gets
 * {@link PostgresTimeouts}.
 */
class ConnectionPoolSizing implements BeanPostProcessor {

    private final Environment environment;

    ConnectionPoolSizing(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            int threads = IngestSettings.threadsFor(environment.getProperty("ingest.threads", Integer.class, 0));
            pool.setMaximumPoolSize(Math.max(pool.getMaximumPoolSize(), IngestSettings.connectionsFor(threads)));
            if (String.valueOf(pool.getJdbcUrl()).startsWith("jdbc:postgresql:")) {
                PostgresTimeouts.of(environment.getProperty("ingest.max-database-silence", Duration.class,
                        IngestSettings.DEFAULT_DATABASE_SILENCE)).forEach(pool::addDataSourceProperty);
            }
        }
        return bean;
    }
}
