package org.disclosure.etl.warehouse;

import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

/** The SQL condition that keeps the reports ({@code r}) of some partitions, or of their places. */
final class PartitionCondition {

    private PartitionCondition() {
    }

    /**
     * {@code AND (...)} keeping the reports of {@code partitions} (all where null), by part too
     * unless {@code placesOnly}; its parameters added to {@code parameters}.
     */
    static String only(Collection<Partition> partitions, boolean placesOnly, List<Object> parameters) {
        if (partitions == null) {
            return "";
        }
        if (partitions.isEmpty()) {
            return " AND 1 = 0";
        }
        StringJoiner any = new StringJoiner(" OR ", " AND (", ")");
        for (Partition p : placesOnly ? partitions.stream().map(Partition::place).distinct().toList() : partitions) {
            StringJoiner all = new StringJoiner(" AND ", "(", ")");
            if (p.year() == null) {
                all.add("r.report_year IS NULL");
            } else {
                all.add("r.report_year = ?");
                parameters.add(p.year());
            }
            if (p.province() == null) {
                all.add("COALESCE(r.province, '') = ''");
            } else {
                all.add("r.province = ?");
                parameters.add(p.province());
            }
            if (!placesOnly) {
                all.add("r.extract_part = ?");
                parameters.add(p.part());
            }
            any.add(all.toString());
        }
        return any.toString();
    }
}
