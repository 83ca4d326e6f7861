package org.disclosure.etl.remote;

import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.store.MessageGroupQueue;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.GenericMessage;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queue of partition requests from the manager to the workers: a Spring Integration
 * {@link QueueChannel} whose messages are rows of {@code INT_CHANNEL_MESSAGE} in the warehouse's
 * PostgreSQL, so that nothing beyond the database the warehouse already needs has to run. A worker
 * takes a request and runs its partition inside the transaction that took it (on a connection of
 * this queue's own, apart from the step's): a worker that dies before the partition ends never
 * commits the take, and PostgreSQL hands the request to the next worker that asks.
 */
public final class PartitionRequests implements AutoCloseable {

    static final String REGION = "disclosure-etl";
    static final String GROUP = "partition-requests";

    private final DataSource connections;
    private final QueueChannel channel;
    private final TransactionTemplate taking;

    /** @param connections a pool of the warehouse's database apart from the steps' pool, one connection per worker thread; closed with this */
    public PartitionRequests(DataSource connections) {
        this.connections = connections;
        JdbcChannelMessageStore store = new JdbcChannelMessageStore(connections);
        store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
        store.setRegion(REGION);
        // what a request is, serialized: the message, its headers and its payload (nothing else is ever deserialized)
        store.addAllowedPatterns(GenericMessage.class.getName(), MessageHeaders.class.getName(), StepExecutionRequest.class.getName(),
                "java.util.HashMap", "java.util.UUID", "java.lang.Long", "java.lang.Number");
        store.afterPropertiesSet();
        this.channel = new QueueChannel(new MessageGroupQueue(store, GROUP));
        this.taking = new TransactionTemplate(new DataSourceTransactionManager(connections));
    }

    public void send(StepExecutionRequest request) {
        channel.send(MessageBuilder.withPayload(request).build());
    }

    /**
     * Takes the oldest request no other worker holds and hands it to {@code run} in the transaction
     * that took it; returns whether there was one. A request this release cannot read (sent by
     * another one) is taken out of the queue and reported to {@code unreadable}: put back, it would
     * be taken again for ever.
     */
    public boolean takeOne(Consumer<StepExecutionRequest> run, Consumer<String> unreadable) {
        return Boolean.TRUE.equals(taking.execute(status -> {
            Message<?> request;
            try {
                request = channel.receive(0);
            } catch (RuntimeException e) {
                if (!unreadable(e)) {
                    throw e;
                }
                unreadable.accept("a request that this release cannot read (" + NestedExceptionUtils.getMostSpecificCause(e).getMessage()
                        + "): dropped; run the manager and the workers of one release");
                return true;
            }
            if (request == null) {
                return false;
            }
            run.accept((StepExecutionRequest) request.getPayload());
            return true;
        }));
    }

    @Override
    public void close() throws Exception {
        if (connections instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    private static boolean unreadable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SerializationFailedException) {
                return true;
            }
        }
        return false;
    }
}
