package org.disclosure.etl.warehouse;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/**
 * Keeps the embedded H2 warehouse compact. H2 appends changed pages and frees old ones lazily, so
 * a night's staging and consuming leaves most of the file dead (251 MB where 17 MB are live after
 * 2,000 reports). At the end of a completed run, when the file is large and less than half of it is
 * live, {@code SHUTDOWN COMPACT} rewrites it. PostgreSQL needs nothing: autovacuum does this.
 */
public final class EmbeddedCompaction {

    static final long MIN_FILE_BYTES = 32L << 20;
    static final int MAX_LIVE_PERCENT = 50;

    private EmbeddedCompaction() {
    }

    /** Compacts an H2 warehouse if it is worth it, saying so on {@code out}; anything else is left as it is. */
    public static void ifWorthwhile(DataSource warehouse, PrintStream out) throws SQLException {
        if (!(warehouse instanceof HikariDataSource pool) || !pool.getJdbcUrl().startsWith("jdbc:h2:file:")) {
            return;
        }
        long size;
        int live;
        try (Connection c = pool.getConnection()) {
            size = Long.parseLong(setting(c, "info.FILE_SIZE"));
            // share of the file in chunks × share of the chunks' bytes that are live
            live = Integer.parseInt(setting(c, "info.FILL_RATE")) * Integer.parseInt(setting(c, "info.CHUNKS_FILL_RATE")) / 100;
        }
        if (size < MIN_FILE_BYTES || live > MAX_LIVE_PERCENT) {
            return;
        }
        long started = System.nanoTime();
        // SHUTDOWN closes every connection: the pool's are closed first, and the pool is suspended so that its
        // housekeeper opens none while H2 rewrites the file (one that does makes H2 skip the compaction);
        // the next use opens the database again.
        boolean suspended = pool.isAllowPoolSuspension();
        if (suspended) {
            pool.getHikariPoolMXBean().suspendPool();
        }
        try {
            pool.getHikariPoolMXBean().softEvictConnections();
            Properties credentials = new Properties();
            credentials.setProperty("user", pool.getUsername() == null ? "" : pool.getUsername());
            credentials.setProperty("password", pool.getPassword() == null ? "" : pool.getPassword());
            try (Connection c = new org.h2.Driver().connect(pool.getJdbcUrl(), credentials); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            pool.getHikariPoolMXBean().softEvictConnections(); // and any the pool opened again meanwhile
        } finally {
            if (suspended) {
                pool.getHikariPoolMXBean().resumePool();
            }
        }
        out.printf(Locale.ROOT, "  warehouse compacted (%d MB, %d%% live) in %.1f s%n", size >> 20, live,
                (System.nanoTime() - started) / 1e9);
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (var ps = c.prepareStatement("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "0";
            }
        }
    }
}
