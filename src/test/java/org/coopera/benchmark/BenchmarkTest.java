package org.coopera.benchmark;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A benchmark: the whole application on a random port, on the synthetic data set kept in
 * {@code ~/.coopera/benchmark} (shared by every benchmark: run them one at a time, through
 * {@code flock /tmp/coopera-benchmark.lock}). Tagged "benchmark": only {@code ./mvnw verify -Pbenchmark}
 * runs it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "coopera.embedded-db.ephemeral=false",
        "coopera.embedded-db.data-dir=${user.home}/.coopera/benchmark/mariadb",
        "logging.level.org.coopera=info"})
@ActiveProfiles("test")
@interface BenchmarkTest {
}
