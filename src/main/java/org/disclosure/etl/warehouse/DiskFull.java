package org.disclosure.etl.warehouse;

import java.sql.SQLException;

/**
 * Whether a failure is the warehouse's disk full: PostgreSQL's SQL state 53100 ({@code disk_full},
 * "could not extend file … Check free disk space"), or the system's "No space left on device" (or "File
 * too large", a file size limit) under an embedded warehouse. Not an outage to wait out: a retry
 * cannot free space.
 */
public final class DiskFull {

    private DiskFull() {
    }

    public static boolean isCause(Throwable failure) {
        return cause(failure) != null;
    }

    /** What the operator is told: that the disk is full, what said so, and what to do. */
    public static String message(Throwable failure) {
        Throwable cause = cause(failure);
        String said = cause == null ? "" : String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
        return "the warehouse's disk is full (" + said + "); free space, then run again: it restarts where it stopped";
    }

    private static Throwable cause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "53100".equals(sql.getSQLState())) {
                return t;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("No space left on device") || message.contains("File too large") || message.contains("Check free disk space")) {
                return t;
            }
        }
        return null;
    }
}
