package org.coopera.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coopera.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schema after every migration suits a Galera cluster: Galera replicates InnoDB tables only,
 * and a table without a primary key replicates its deletes and updates slowly and unreliably.
 */
@IntegrationTest
class GaleraSchemaIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableHasAPrimaryKey() {
        List<String> withoutKey = jdbc.sql("""
                SELECT t.table_name FROM information_schema.tables t
                WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
                  AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
                                  WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                                    AND c.constraint_type = 'PRIMARY KEY')
                ORDER BY t.table_name""").query(String.class).list();
        assertThat(withoutKey).isEmpty();
    }

    @Test
    void everyTableIsInnoDb() {
        List<String> others = jdbc.sql("""
                SELECT CONCAT(table_name, ' ', engine) FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'""")
                .query(String.class).list();
        assertThat(others).isEmpty();
    }

    @Test
    void noTableUsesWhatGaleraDoesNotReplicate() {
        // Galera replicates neither explicit table locks nor temporary tables made by the application;
        // sequences and system-versioned tables need care. None of them is in the schema.
        List<String> versioned = jdbc.sql("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_type IN ('SYSTEM VERSIONED', 'SEQUENCE')""")
                .query(String.class).list();
        assertThat(versioned).isEmpty();
    }
}
