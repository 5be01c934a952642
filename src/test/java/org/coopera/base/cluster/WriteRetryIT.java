package org.coopera.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopera.IntegrationTest;
import org.coopera.program.ProgramService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * A real deadlock on the embedded MariaDB (error 1213, what a Galera certification failure also
 * gives): two transactions update the same two rows in opposite orders. MariaDB kills one; with
 * the write-retry advisor it runs again and both writes land, without it one write is lost to
 * the caller.
 */
@IntegrationTest
class WriteRetryIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    @Qualifier("writeRetryAdvisor")
    Advisor writeRetry;

    @Autowired
    ProgramService programs;

    @BeforeEach
    void table() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS write_retry_probe (id INT PRIMARY KEY, n INT NOT NULL)").update();
        jdbc.sql("DELETE FROM write_retry_probe").update();
        jdbc.sql("INSERT INTO write_retry_probe (id, n) VALUES (1, 0), (2, 0)").update();
    }

    @AfterEach
    void drop() {
        jdbc.sql("DROP TABLE IF EXISTS write_retry_probe").update();
    }

    @Test
    void theApplicationsWriteServicesCarryTheRetry() {
        assertThat(programs).isInstanceOf(Advised.class);
        assertThat(((Advised) programs).getAdvisors()).contains(writeRetry);
    }

    @Test
    void aDeadlockVictimRunsAgainAndBothWritesLand() throws Exception {
        List<Throwable> failures = runCrossedWrites(proxy(true));

        assertThat(failures).isEmpty();
        assertThat(jdbc.sql("SELECT SUM(n) FROM write_retry_probe").query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void withoutTheRetryTheVictimsWriteFails() throws Exception {
        List<Throwable> failures = runCrossedWrites(proxy(false));

        assertThat(failures).hasSize(1);
        assertThat(WriteRetryConfiguration.isWriteConflict(failures.getFirst())).isTrue();
        assertThat(jdbc.sql("SELECT SUM(n) FROM write_retry_probe").query(Integer.class).single()).isEqualTo(2);
    }

    private CrossedWrites proxy(boolean withRetry) {
        var factory = new ProxyFactory(new CrossedWrites(jdbc));
        factory.setProxyTargetClass(true);
        if (withRetry) {
            factory.addAdvisor(writeRetry);
        }
        factory.addAdvice(new TransactionInterceptor(transactions, new AnnotationTransactionAttributeSource()));
        return (CrossedWrites) factory.getProxy();
    }

    private static List<Throwable> runCrossedWrites(CrossedWrites writes) throws Exception {
        var barrier = new CyclicBarrier(2);
        List<Throwable> failures = new ArrayList<>();
        try (var executor = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            Future<?> first = executor.submit(() -> writes.update(1, 2, barrier));
            Future<?> second = executor.submit(() -> writes.update(2, 1, barrier));
            for (Future<?> future : List.of(first, second)) {
                try {
                    future.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
        }
        return failures;
    }

    /** Updates one row, waits for the other thread to hold its first row, then updates the other one. */
    static class CrossedWrites {
        private final JdbcClient jdbc;
        private final ThreadLocal<AtomicInteger> runs = ThreadLocal.withInitial(AtomicInteger::new);

        CrossedWrites(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        CrossedWrites() {
            this(null);
        }

        @Transactional
        public void update(int firstRow, int secondRow, CyclicBarrier barrier) {
            jdbc.sql("UPDATE write_retry_probe SET n = n + 1 WHERE id = ?").param(firstRow).update();
            if (runs.get().getAndIncrement() == 0) {
                try {
                    barrier.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            jdbc.sql("UPDATE write_retry_probe SET n = n + 1 WHERE id = ?").param(secondRow).update();
        }
    }
}
