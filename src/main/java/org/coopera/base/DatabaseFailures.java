package org.coopera.base;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the database itself (stopped, restarting, a connection cut while a statement
 * ran) from a fault of the application, so that callers answer "temporarily unavailable, retry"
 * instead of an internal error.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * True when the cause chain holds a connection failure or a transient database failure. A
     * connection cut in the middle of a transaction reaches the caller as the failed rollback
     * ({@code JpaSystemException: Unable to rollback}, caused by HikariCP's "Connection is closed",
     * SQL state 08003), so SQL state class 08 ("connection exception") counts wherever it appears.
     */
    public static boolean unavailable(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 64; cause = cause.getCause(), depth++) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
