package org.disclosure.etl.warehouse;

import java.util.List;

/**
 * The SQL condition that keeps the reports ({@code r}) of one partition, or of its place: one
 * partition a statement, so that every database reads it by the partition index (H2 answers an OR
 * of partitions by scanning every listed report).
 */
final class PartitionCondition {

    private PartitionCondition() {
    }

    /**
     * {@code AND ...} keeping the reports of {@code partition} (all where null), by its part too
     * unless {@code placeOnly}; its parameters added to {@code parameters}.
     */
    static String only(Partition partition, boolean placeOnly, List<Object> parameters) {
        if (partition == null) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        if (partition.year() == null) {
            all.append(" AND r.report_year IS NULL");
        } else {
            all.append(" AND r.report_year = ?");
            parameters.add(partition.year());
        }
        all.append(province(partition, parameters));
        if (!placeOnly) {
            all.append(" AND r.extract_part = ?");
            parameters.add(partition.part());
        }
        return all.toString();
    }

    /** {@code AND ...} keeping the reports of the province of {@code partition}, or those without one. */
    static String province(Partition partition, List<Object> parameters) {
        if (partition.province() == null) {
            return " AND (r.province IS NULL OR r.province = '')";
        }
        parameters.add(partition.province());
        return " AND r.province = ?";
    }
}
