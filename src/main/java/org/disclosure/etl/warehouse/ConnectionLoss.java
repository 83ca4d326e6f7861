package org.disclosure.etl.warehouse;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure is the warehouse going away for a while (a restart, a failover, a network blip)
 * rather than something a retry cannot mend: SQL states of class 08 (connection exception) and
 * PostgreSQL's 57P01–57P03 (shutting down, crashed, starting up), the exceptions JDBC, the pool
 * and Spring give for a lost or refused connection, and a commit or rollback that could not be made.
 */
public final class ConnectionLoss {

    private ConnectionLoss() {
    }

    public static boolean isCause(Throwable failure) {
        return isCause(failure, 0);
    }

    private static boolean isCause(Throwable failure, int depth) {
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof DataAccessResourceFailureException || t instanceof RecoverableDataAccessException
                    || t instanceof TransientDataAccessResourceException || t instanceof java.net.ConnectException
                    // a commit or rollback that failed: the transaction's connection went away under it
                    || t instanceof TransactionSystemException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    String state = e.getSQLState();
                    if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"))) {
                        return true;
                    }
                }
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isCause(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
