package org.disclosure.etl.warehouse;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What each run's discover step saw. */
public class RunRepository {

    private final JdbcClient jdbc;

    public RunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long runId, String inbox, int filesSeen, int alreadyLoaded) {
        jdbc.sql("DELETE FROM runs WHERE run_id = ?").param(runId).update();
        jdbc.sql("INSERT INTO runs (run_id, inbox, started_at, files_seen, already_loaded) VALUES (?, ?, ?, ?, ?)")
                .params(runId, inbox, Timestamp.from(Instant.now()), filesSeen, alreadyLoaded).update();
    }

    public int[] seenAndAlreadyLoaded(long runId) {
        return jdbc.sql("SELECT files_seen, already_loaded FROM runs WHERE run_id = ?").param(runId)
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}).optional().orElse(new int[] {0, 0});
    }
}
