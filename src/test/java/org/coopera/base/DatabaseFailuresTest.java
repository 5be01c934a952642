package org.coopera.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseFailuresTest {

    @Test
    void aConnectionCutDuringAWriteIsAnOutageEvenWhenOnlyTheRollbackReportsIt() {
        // the chain logged by the cluster test when the database stopped under a POST /api/v1/people:
        // HikariCP's closed connection gives no SQL state
        var closed = new SQLException("Connection is closed");
        var rollback = new TransactionException("Unable to rollback against JDBC Connection", closed);
        assertThat(DatabaseFailures.unavailable(new JpaSystemException(rollback))).isTrue();
    }

    @Test
    void connectionAndTransientFailuresAreOutages() {
        assertThat(DatabaseFailures.unavailable(new RuntimeException(new SQLException("gone", "08S01")))).isTrue();
        assertThat(DatabaseFailures.unavailable(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(DatabaseFailures.unavailable(new RuntimeException(
                new java.sql.SQLNonTransientConnectionException("Socket error")))).isTrue();
        assertThat(DatabaseFailures.unavailable(new RuntimeException(
                new java.sql.SQLTransientConnectionException("Connection is not available, request timed out")))).isTrue();
    }

    @Test
    void faultsOfTheDataOrTheCodeAreNot() {
        assertThat(DatabaseFailures.unavailable(new DataIntegrityViolationException("duplicate",
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(DatabaseFailures.unavailable(new JpaSystemException(new RuntimeException(
                new SQLException("syntax", "42000"))))).isFalse();
        assertThat(DatabaseFailures.unavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseFailures.unavailable(new SQLException("no state"))).isFalse();
        assertThat(DatabaseFailures.unavailable(new JpaSystemException(
                new TransactionException("Transaction not active")))).isFalse();
    }

    @Test
    void aRecordSavedBysomeoneElseMeanwhileIsAConflictNotAnOutage() {
        // Spring files optimistic locking under TransientDataAccessException: it must not read as "retry later"
        assertThat(DatabaseFailures.unavailable(new OptimisticLockingFailureException("version 3, expected 2")))
                .isFalse();
    }
}
