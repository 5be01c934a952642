package org.coopera.base;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
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
     * True when the cause chain holds a connection failure or a transient database failure, or a
     * transaction that the database could not end. A connection cut in the middle of a transaction
     * reaches the caller only as the failed rollback ({@code JpaSystemException}, caused by Hibernate's
     * "Unable to rollback against JDBC Connection", caused by HikariCP's "Connection is closed" with no
     * SQL state: the pool had already evicted the broken connection, and Spring only logs the first
     * failure). A commit or rollback refused by JDBC means the database, not the data, failed. A record
     * saved by someone else meanwhile is a conflict of the data, not an outage, although Spring files
     * it under the transient failures too.
     */
    public static boolean unavailable(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 64; cause = cause.getCause(), depth++) {
            if (cause instanceof OptimisticLockingFailureException) {
                return false;
            }
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08")
                    || cause instanceof TransactionException && cause.getCause() instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
