package org.coopera.benchmark;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Helpers the benchmarks share. */
final class Benchmarks {

    private Benchmarks() {
    }

    /** Statements the database server has received so far (MariaDB's global Questions counter). */
    static long statementsSent(JdbcClient jdbc) {
        return jdbc.sql("show global status like 'Questions'").query((rs, row) -> rs.getLong(2)).single();
    }
}
