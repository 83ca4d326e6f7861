package org.disclosure.etl.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * The request queue on a real PostgreSQL: requests come out in the order sent, each once; a request
 * whose partition fails in the worker's hands (the worker dies) goes back and comes out again; one
 * that cannot be read is dropped.
 */
class PartitionRequestsTest {

    @Test
    void aRequestTakenByAWorkerThatDiesIsTakenAgain() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(new File("target/embedded-pg")).start()) {
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
            try (PartitionRequests requests = new PartitionRequests(postgres.getPostgresDatabase())) {
                requests.send(new StepExecutionRequest("readPartition", 11L));
                requests.send(new StepExecutionRequest("readPartition", 12L));

                assertThatThrownBy(() -> requests.takeOne(r -> {
                    throw new IllegalStateException("the worker died with partition " + r.getStepExecutionId());
                }, unreadable -> { })).hasMessage("the worker died with partition 11");
                List<Long> taken = new ArrayList<>();
                while (requests.takeOne(r -> taken.add(r.getStepExecutionId()), unreadable -> { })) {
                    // until the queue is empty
                }

                assertThat(taken).containsExactly(11L, 12L);
            }
        }
    }

    /** What another release put in the queue is dropped with a reason, once, and the next request runs. */
    @Test
    void aRequestThisReleaseCannotReadIsDroppedNotRetriedForEver() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(new File("target/embedded-pg")).start()) {
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
            JdbcChannelMessageStore otherRelease = new JdbcChannelMessageStore(postgres.getPostgresDatabase());
            otherRelease.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
            otherRelease.setRegion(PartitionRequests.REGION);
            otherRelease.afterPropertiesSet();
            otherRelease.addMessageToGroup(PartitionRequests.GROUP, MessageBuilder.withPayload(new java.util.Date(0)).build());
            try (PartitionRequests requests = new PartitionRequests(postgres.getPostgresDatabase())) {
                requests.send(new StepExecutionRequest("readPartition", 13L));
                List<String> dropped = new ArrayList<>();
                List<Long> taken = new ArrayList<>();

                while (requests.takeOne(r -> taken.add(r.getStepExecutionId()), dropped::add)) {
                    // until the queue is empty
                }

                assertThat(dropped).singleElement().asString().startsWith("a request that this release cannot read")
                        .contains("java.util.Date");
                assertThat(taken).containsExactly(13L);
            }
        }
    }
}
