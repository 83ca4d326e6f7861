package org.disclosure.etl.warehouse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives each report the extracts list its part ({@link Partition}): the last part of its year and
 * province while that holds fewer than {@link Partition#PART_SIZE} reports, else the next. A report
 * keeps its part until it is read again (its place may change), so new reports fill the last parts
 * and the parts of older reports stay as they were.
 */
public final class ReportParts {

    private static final String SETTLED = "r.status IN " + ReportStatus.sql(ReportStatus.SETTLED);

    private final JdbcTemplate jdbc;

    public ReportParts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Assigns parts to the reports without one in {@code places} (their year and province; null: everywhere), and marks the parts. */
    public void assign(Collection<Partition> places) {
        Map<Partition, List<String>> unassigned = new LinkedHashMap<>();
        for (Partition place : places == null ? java.util.Collections.<Partition>singletonList(null)
                : places.stream().map(Partition::place).distinct().toList()) {
            List<Object> parameters = new ArrayList<>();
            jdbc.query("SELECT r.report_year, r.province, r.report_id FROM reports r WHERE " + SETTLED + " AND r.extract_part IS NULL"
                    + PartitionCondition.only(place, true, parameters) + " ORDER BY r.report_seq", rs -> {
                        unassigned.computeIfAbsent(Partition.of(rs.getString(1), rs.getString(2), null), p -> new ArrayList<>())
                                .add(rs.getString(3));
                    }, parameters.toArray());
        }
        List<Object[]> updates = new ArrayList<>();
        Set<Partition> marks = new LinkedHashSet<>();
        for (Map.Entry<Partition, List<String>> place : unassigned.entrySet()) {
            Partition p = place.getKey();
            int[] last = last(p);
            int part = last[0];
            int held = last[1];
            for (String reportId : place.getValue()) {
                if (held >= Partition.PART_SIZE) {
                    part++;
                    held = 0;
                }
                marks.add(new Partition(p.year(), p.province(), part));
                updates.add(new Object[] {part, reportId});
                held++;
            }
        }
        jdbc.batchUpdate("UPDATE reports SET extract_part = ? WHERE report_id = ?", updates);
        jdbc.batchUpdate("INSERT INTO partition_marks (report_year, province, extract_part) VALUES (?, ?, ?)",
                marks.stream().map(m -> new Object[] {m.year(), m.province(), m.part()}).toList());
    }

    /** The last part of a place and how many reports it holds; part 0, full, where it has none. */
    private int[] last(Partition place) {
        List<Object> parameters = new ArrayList<>();
        String only = PartitionCondition.only(place, true, parameters);
        List<int[]> parts = jdbc.query("SELECT r.extract_part, COUNT(*) FROM reports r WHERE " + SETTLED + " AND r.extract_part IS NOT NULL"
                + only + " GROUP BY r.extract_part ORDER BY r.extract_part DESC", (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)},
                parameters.toArray());
        return parts.isEmpty() ? new int[] {0, Partition.PART_SIZE} : parts.get(0);
    }
}
