package org.disclosure.etl.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** ingest.threads alone decides how wide a run goes: the pool grows with it, and an operator's larger pool stays. */
class ConnectionPoolSizingTest {

    @Test
    void sixteenThreadsGetThirtySixConnections() {
        assertThat(sizedPool("16", 10)).isEqualTo(36);
    }

    @Test
    void moreThreadsThanPartitionsAreCappedAtSixteen() {
        assertThat(sizedPool("64", 10)).isEqualTo(36);
    }

    @Test
    void aLargerConfiguredPoolIsKept() {
        assertThat(sizedPool("2", 50)).isEqualTo(50);
    }

    private static int sizedPool(String threads, int configured) {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setMaximumPoolSize(configured);
            new ConnectionPoolSizing(new MockEnvironment().withProperty("ingest.threads", threads))
                    .postProcessAfterInitialization(pool, "dataSource");
            return pool.getMaximumPoolSize();
        }
    }
}
