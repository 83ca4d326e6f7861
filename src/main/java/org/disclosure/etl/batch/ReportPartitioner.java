package org.disclosure.etl.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a step's reports into sixteen partitions by the first hex digit of their report id (a hash,
 * so the partitions are even): the read step's files, and each section step's staged sections. The
 * partitions are the same whatever the pool size and on every restart, so a restarted step finds
 * each partition by its name and re-runs only those that did not complete; the grid size Spring
 * passes is not used.
 */
public class ReportPartitioner implements Partitioner {

    public static final String PREFIX = "reportIdPrefix";
    public static final String SECTION = "section";

    private final int section;

    /** The read step's partitions. */
    public ReportPartitioner() {
        this(0);
    }

    /** A section step's partitions, each knowing its section. */
    public ReportPartitioner(int section) {
        this.section = section;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (char digit : "0123456789abcdef".toCharArray()) {
            ExecutionContext context = new ExecutionContext();
            context.putString(PREFIX, String.valueOf(digit));
            context.putInt(SECTION, section);
            partitions.put("partition-" + digit, context);
        }
        return partitions;
    }
}
