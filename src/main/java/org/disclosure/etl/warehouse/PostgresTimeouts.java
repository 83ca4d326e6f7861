package org.disclosure.etl.warehouse;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;

/**
 * The PostgreSQL driver's timeouts a run sets, so that a server that accepts connections and never
 * answers (hung, frozen by SIGSTOP or a paused VM, behind a half-open proxy) ends a statement as a lost
 * connection, which the run's outage budget then bounds, instead of holding the run until the peer
 * closes: a connection made within {@value #CONNECT_SECONDS} s, a login within {@value #LOGIN_SECONDS} s,
 * no statement left unanswered longer than {@code ingest.max-database-silence}, TCP keep-alive on.
 */
public final class PostgresTimeouts {

    static final int CONNECT_SECONDS = 10;
    /**
     * Short: while the application starts, a SIGTERM waits for the start-up (Spring closes a context
     * only once its refresh ends), and a login to a server that answers takes milliseconds.
     */
    public static final int LOGIN_SECONDS = 10;

    private PostgresTimeouts() {
    }

    /** The driver properties for a warehouse that may stay silent for {@code silence}. */
    public static Map<String, String> of(Duration silence) {
        return Map.of("connectTimeout", String.valueOf(CONNECT_SECONDS), "loginTimeout", String.valueOf(LOGIN_SECONDS),
                "socketTimeout", String.valueOf(Math.max(1, silence.toSeconds())), "tcpKeepAlive", "true");
    }

    /** Whether a failure is the server not answering in time (a login or a statement timed out). */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SocketTimeoutException || String.valueOf(t.getMessage()).contains("Connection attempt timed out")) {
                return true;
            }
        }
        return false;
    }
}
