package org.coopera.base.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.time.Duration;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liquibase that copes with another Coopera node migrating the same database at the same moment.
 * Liquibase's own lock (a row of DATABASECHANGELOGLOCK) serialises the nodes once its tables
 * exist, but two nodes starting on an empty database both create those tables and both take the
 * fresh lock. So this class first creates Liquibase's two tables and the lock row itself, with
 * {@code CREATE TABLE IF NOT EXISTS} and {@code INSERT IGNORE}, which MariaDB (and Galera, where
 * DDL runs in total order) applies once whoever comes first; DATABASECHANGELOG gets the primary
 * key that Galera wants. A failure that still comes from the start race ("table already
 * exists", MariaDB 1050, or a Galera certification conflict, 1213) is run again after a pause.
 */
class StartTogetherLiquibase extends SpringLiquibase {

    private static final Logger log = LoggerFactory.getLogger(StartTogetherLiquibase.class);

    private final int attempts;
    private final Duration pause;

    StartTogetherLiquibase(int attempts, Duration pause) {
        this.attempts = attempts;
        this.pause = pause;
    }

    @Override
    public void afterPropertiesSet() throws LiquibaseException {
        for (int attempt = 1; ; attempt++) {
            try {
                prepareLiquibaseTables();
                super.afterPropertiesSet();
                return;
            } catch (LiquibaseException | RuntimeException e) {
                if (attempt >= attempts || !isStartRace(e)) {
                    throw e;
                }
                log.warn("Database migration met another node's (attempt {} of {}): {}; trying again in {} ms",
                        attempt, attempts, rootMessage(e), pause.toMillis());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void prepareLiquibaseTables() throws LiquibaseException {
        try (Connection connection = getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (!product.contains("mariadb") && !product.contains("mysql")) {
                return;
            }
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS DATABASECHANGELOGLOCK (
                      ID INT NOT NULL, LOCKED BIT(1) NOT NULL, LOCKGRANTED DATETIME NULL, LOCKEDBY VARCHAR(255) NULL,
                      CONSTRAINT PK_DATABASECHANGELOGLOCK PRIMARY KEY (ID))""");
            statement.execute("INSERT IGNORE INTO DATABASECHANGELOGLOCK (ID, LOCKED) VALUES (1, 0)");
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS DATABASECHANGELOG (
                      ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL, FILENAME VARCHAR(255) NOT NULL,
                      DATEEXECUTED DATETIME NOT NULL, ORDEREXECUTED INT NOT NULL, EXECTYPE VARCHAR(10) NOT NULL,
                      MD5SUM VARCHAR(35) NULL, DESCRIPTION VARCHAR(255) NULL, COMMENTS VARCHAR(255) NULL,
                      TAG VARCHAR(255) NULL, LIQUIBASE VARCHAR(20) NULL, CONTEXTS VARCHAR(255) NULL,
                      LABELS VARCHAR(255) NULL, DEPLOYMENT_ID VARCHAR(10) NULL,
                      CONSTRAINT PK_DATABASECHANGELOG PRIMARY KEY (ID, AUTHOR, FILENAME))""");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new LiquibaseException("Could not prepare Liquibase's tables", e);
        }
    }

    /** Table already exists (1050), duplicate lock row (1062), deadlock or certification conflict (1213). */
    static boolean isStartRace(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                int code = sql.getErrorCode();
                if (code == 1050 || code == 1062 || code == 1213 || "40001".equals(sql.getSQLState())) {
                    return true;
                }
            }
            String message = cause.getMessage();
            if (message != null && message.contains("already exists")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
