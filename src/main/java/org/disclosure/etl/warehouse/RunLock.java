package org.disclosure.etl.warehouse;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lock in the warehouse that keeps two ingest runs from overlapping, wherever they run. A run
 * takes it, refreshes its heartbeat while it works and gives it back at the end. A lock whose holder
 * was killed is taken over: at once if the holder was a process on this host that no longer exists,
 * otherwise once its heartbeat is older than {@link #STALE}.
 */
public class RunLock {

    public static final Duration STALE = Duration.ofMinutes(2);

    private final JdbcClient jdbc;

    public RunLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** This process's name as a holder: host and pid. */
    public static String self() {
        String host = System.getenv().getOrDefault("HOSTNAME", "");
        if (host.isEmpty()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                host = "localhost";
            }
        }
        return host + ":" + ProcessHandle.current().pid();
    }

    /** Takes the lock for {@code owner}; empty if taken, else who holds it and since when. */
    public Optional<String> tryAcquire(String owner) {
        Holder holder = holder();
        if (holder.isFreeFor(owner)) {
            Timestamp now = Timestamp.from(Instant.now());
            // Compare-and-set on what was read, so that of two runs starting together only one wins.
            int taken = jdbc.sql("UPDATE run_lock SET owner = ?, acquired_at = ?, heartbeat_at = ? WHERE lock_id = 1 AND "
                    + (holder.owner() == null ? "owner IS NULL" : "owner = ?"))
                    .params(holder.owner() == null ? new Object[] {owner, now, now} : new Object[] {owner, now, now, holder.owner()})
                    .update();
            if (taken == 1) {
                return Optional.empty();
            }
            holder = holder();
        }
        return Optional.of(holder.owner() + " since " + holder.acquired());
    }

    public void heartbeat(String owner) {
        jdbc.sql("UPDATE run_lock SET heartbeat_at = ? WHERE lock_id = 1 AND owner = ?")
                .params(Timestamp.from(Instant.now()), owner).update();
    }

    public void release(String owner) {
        jdbc.sql("UPDATE run_lock SET owner = NULL, acquired_at = NULL, heartbeat_at = NULL WHERE lock_id = 1 AND owner = ?")
                .param(owner).update();
    }

    /** Who holds the lock and since when, if a live run other than {@code self} does; empty if it is free or its holder died. */
    public Optional<String> liveHolder(String self) {
        Holder holder = holder();
        return holder.isFreeFor(self) ? Optional.empty() : Optional.of(holder.owner() + " since " + holder.acquired());
    }

    private record Holder(String owner, Timestamp acquired, Timestamp heartbeat) {

        /** Free, held by {@code self}, or held by a run that died: on this host no such process, elsewhere a stale heartbeat. */
        boolean isFreeFor(String self) {
            return owner == null || owner.equals(self) || deadOnThisHost(owner, self)
                    || heartbeat == null || heartbeat.toInstant().isBefore(Instant.now().minus(STALE));
        }
    }

    private Holder holder() {
        return jdbc.sql("SELECT owner, acquired_at, heartbeat_at FROM run_lock WHERE lock_id = 1")
                .query((rs, i) -> new Holder(rs.getString(1), rs.getTimestamp(2), rs.getTimestamp(3))).single();
    }

    private static boolean deadOnThisHost(String holder, String self) {
        int colon = holder.lastIndexOf(':');
        if (colon < 0 || !holder.substring(0, colon).equals(self.substring(0, self.lastIndexOf(':')))) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(holder.substring(colon + 1))).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
