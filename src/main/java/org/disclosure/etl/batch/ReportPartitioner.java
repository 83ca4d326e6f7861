package org.disclosure.etl.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;

/**
 * Splits the read step's files into sixteen partitions by the first hex digit of their report id
 * (a hash, so the partitions are even). The partitions are the same whatever the pool size and on
 * every restart, so a restarted step finds each partition by its name and re-runs only those that
 * did not complete; the grid size Spring passes is not used.
 */
public class ReadPartitioner implements Partitioner {

    public static final String PREFIX = "reportIdPrefix";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (char digit : "0123456789abcdef".toCharArray()) {
            ExecutionContext context = new ExecutionContext();
            context.putString(PREFIX, String.valueOf(digit));
            partitions.put("partition-" + digit, context);
        }
        return partitions;
    }
}
