package org.disclosure.etl.warehouse;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which partitions changed since a partitioned set was written. Every change to a report marks the
 * partition it is in ({@link #mark}); each place exported to remembers the set it wrote last and
 * the last mark that set includes, so that the next export rewrites the partitions marked since.
 * Marks every place has taken are deleted.
 */
public final class PartitionMarks {

    /** A place exported to is forgotten, and its marks no longer kept, when not written for this long. */
    static final Duration FORGOTTEN_AFTER = Duration.ofDays(30);
    private static final int IDS_PER_STATEMENT = 500;

    /** The set last written to a place: its token, its layout and the last mark it includes. */
    public record WrittenSet(String token, String layout, long throughMark) {
    }

    private final JdbcClient jdbc;

    public PartitionMarks(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    /** Marks the partitions these reports are in now. */
    public void mark(Collection<String> reportIds) {
        List<String> ids = new ArrayList<>(reportIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT));
            markWhere("report_id IN (" + SqlLists.placeholders(chunk.size()) + ")", chunk.toArray());
        }
    }

    /** Marks the partitions of the reports an SQL condition selects. */
    void markWhere(String condition, Object... parameters) {
        jdbc.sql("INSERT INTO partition_marks (report_year, province, extract_part) SELECT DISTINCT report_year, province, extract_part"
                        + " FROM reports WHERE " + condition)
                .params(parameters).update();
    }

    /** The last mark made. */
    public long last() {
        return jdbc.sql("SELECT COALESCE(MAX(mark_id), 0) FROM partition_marks").query(Long.class).single();
    }

    /** The partitions marked after mark {@code after}, up to {@code through}; without a part where reports had none yet. */
    public Set<Partition> marked(long after, long through) {
        return new TreeSet<>(jdbc.sql("SELECT DISTINCT report_year, province, extract_part FROM partition_marks WHERE mark_id > ? AND mark_id <= ?")
                .params(after, through).query((rs, i) -> Partition.of(rs.getString(1), rs.getString(2), rs.getString(3))).list());
    }

    /** The set last written to {@code target}, if the warehouse wrote one there. */
    public Optional<WrittenSet> written(String target) {
        return jdbc.sql("SELECT token, layout, through_mark FROM partitioned_sets WHERE target = ?").param(target)
                .query((rs, i) -> new WrittenSet(rs.getString(1), rs.getString(2), rs.getLong(3))).optional();
    }

    /**
     * Records the set now published at {@code target}; forgets places not written for
     * {@link #FORGOTTEN_AFTER} (their next export is whole), and deletes the marks every place has taken.
     */
    public void published(String target, WrittenSet set) {
        Instant now = Instant.now();
        jdbc.sql("DELETE FROM partitioned_sets WHERE target = ? OR written_at < ?").params(target, Timestamp.from(now.minus(FORGOTTEN_AFTER)))
                .update();
        jdbc.sql("INSERT INTO partitioned_sets (target, token, layout, through_mark, written_at) VALUES (?, ?, ?, ?, ?)")
                .params(target, set.token(), set.layout(), set.throughMark(), Timestamp.from(now)).update();
        jdbc.sql("DELETE FROM partition_marks WHERE mark_id <= (SELECT MIN(through_mark) FROM partitioned_sets)").update();
    }
}
