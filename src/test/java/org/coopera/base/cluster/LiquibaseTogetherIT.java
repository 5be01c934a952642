package org.coopera.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import liquibase.exception.LiquibaseException;
import org.coopera.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Two nodes starting at the same moment on an empty database: both migrations end well and every
 * change set is applied once.
 */
@IntegrationTest
class LiquibaseTogetherIT {

    private static final String DATABASE = "coopera_start_together";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void drop() {
        jdbc.sql("DROP DATABASE IF EXISTS " + DATABASE).update();
    }

    @Test
    void twoNodesMigrateAnEmptyDatabaseTogether() throws Exception {
        jdbc.sql("DROP DATABASE IF EXISTS " + DATABASE).update();
        jdbc.sql("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci").update();
        // two JVMs, as two nodes are: Liquibase keeps its lock state per JVM
        var hikari = (HikariDataSource) dataSource;
        String url = otherUrl();
        long startAt = System.currentTimeMillis() + 8_000;
        List<Process> nodes = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            nodes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Node.class.getName(),
                    url, hikari.getUsername(), String.valueOf(hikari.getPassword()), String.valueOf(startAt))
                    // run in target/: Liquibase also searches the working directory, where db-migrations/ is
                    .directory(Path.of("target").toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                            Path.of("target", "liquibase-together-node" + node + ".log").toAbsolutePath().toFile())).start());
        }
        for (Process node : nodes) {
            assertThat(node.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(node.exitValue()).as("a node's migration failed, see target/liquibase-together-node*.log").isZero();
        }
        var other = JdbcClient.create(otherDatabase());
        assertThat(other.sql("SELECT COUNT(*) - COUNT(DISTINCT id, author, filename) FROM DATABASECHANGELOG")
                .query(Integer.class).single()).isZero();
        assertThat(other.sql("SELECT COUNT(*) FROM DATABASECHANGELOG").query(Integer.class).single())
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE contexts IS NULL OR contexts NOT LIKE '%demo%'")
                        .query(Integer.class).single());
        assertThat(other.sql("SELECT LOCKED FROM DATABASECHANGELOGLOCK WHERE ID = 1").query(Boolean.class).single())
                .isFalse();
    }

    @Test
    void onlyTheStartRaceIsRunAgain() {
        assertThat(StartTogetherLiquibase.isStartRace(new LiquibaseException(
                new SQLException("Table 'DATABASECHANGELOGLOCK' already exists", "42S01", 1050)))).isTrue();
        assertThat(StartTogetherLiquibase.isStartRace(new LiquibaseException(
                new SQLException("Deadlock found when trying to get lock", "40001", 1213)))).isTrue();
        assertThat(StartTogetherLiquibase.isStartRace(new LiquibaseException(
                new SQLException("Unknown column 'x'", "42S22", 1054)))).isFalse();
    }

    /** One node's start: waits for the agreed moment, then migrates. Arguments: url user password startAtMillis. */
    static class Node {
        public static void main(String[] args) throws Exception {
            var liquibase = new StartTogetherLiquibase(10, Duration.ofMillis(500));
            liquibase.setDataSource(new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), args[0], args[1], args[2]));
            liquibase.setChangeLog("classpath:db-migrations/changelog.yaml");
            liquibase.setContexts("default");
            liquibase.setResourceLoader(new DefaultResourceLoader());
            Thread.sleep(Math.max(0, Long.parseLong(args[3]) - System.currentTimeMillis()));
            liquibase.afterPropertiesSet();
            System.exit(0);
        }
    }

    private String otherUrl() {
        return ((HikariDataSource) dataSource).getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
    }

    private DataSource otherDatabase() {
        var hikari = (HikariDataSource) dataSource;
        return new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), otherUrl(), hikari.getUsername(), hikari.getPassword());
    }
}
