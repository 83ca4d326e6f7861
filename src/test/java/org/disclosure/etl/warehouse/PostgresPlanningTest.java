package org.disclosure.etl.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class PostgresPlanningTest {

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }

    @Test
    void postgresConnectionsPlanEachStatementForItsParameters() {
        HikariDataSource pg = pool("jdbc:postgresql://localhost:5432/warehouse");
        new PostgresPlanning().postProcessBeforeInitialization(pg, "dataSource");
        assertThat(pg.getConnectionInitSql()).isEqualTo("SET plan_cache_mode = force_custom_plan");
    }

    @Test
    void h2AndAnOperatorsOwnInitSqlAreLeftAlone() {
        HikariDataSource h2 = pool("jdbc:h2:mem:x");
        new PostgresPlanning().postProcessBeforeInitialization(h2, "dataSource");
        assertThat(h2.getConnectionInitSql()).isNull();
        HikariDataSource own = pool("jdbc:postgresql://localhost/w");
        own.setConnectionInitSql("SET work_mem = '64MB'");
        new PostgresPlanning().postProcessBeforeInitialization(own, "dataSource");
        assertThat(own.getConnectionInitSql()).isEqualTo("SET work_mem = '64MB'");
    }
}
