package org.disclosure.etl.warehouse;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
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
        long size;
        int live;
        try (Connection c = warehouse.getConnection()) {
            if (!c.getMetaData().getDatabaseProductName().equals("H2") || !c.getMetaData().getURL().startsWith("jdbc:h2:file:")) {
                return;
            }
            size = Long.parseLong(setting(c, "info.FILE_SIZE"));
            live = Integer.parseInt(setting(c, "info.CHUNKS_FILL_RATE"));
            if (size < MIN_FILE_BYTES || live > MAX_LIVE_PERCENT) {
                return;
            }
            long started = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            out.printf(Locale.ROOT, "  warehouse compacted (%d MB, %d%% live) in %.1f s%n", size >> 20, live,
                    (System.nanoTime() - started) / 1e9);
        }
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
