package org.coopera.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.coopera.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The load test of the real screens (issue 19): {@code load.users} simulated users (default 30) play
 * the officer, manager and reader scenarios of {@link RoleScenarios} for {@code load.duration} seconds
 * (default 120) with a mean think time of {@code load.think} ms (default 3000), speaking Vaadin's
 * protocol over HTTP ({@link VaadinUiClient}). Against the application in this JVM (demo data,
 * embedded MariaDB), or against a running one at {@code load.url}. Writes the round-trip percentiles
 * per step and the error rate to target/load/screens-report.md.
 * {@code ./mvnw verify -Pload -Dit.test=ScreensLoadIT -Dload.users=200 -Dload.duration=600}
 */
@IntegrationTest
@Tag("load")
class ScreensLoadIT {

    @LocalServerPort
    int port;

    @Test
    void roleScenariosUnderLoad() throws Exception {
        String base = System.getProperty("load.url", "http://localhost:" + port);
        int users = Integer.getInteger("load.users", 30);
        long seconds = Long.getLong("load.duration", 120);
        long think = Long.getLong("load.think", 3000);
        long rampUp = Long.getLong("load.rampup", Math.min(30, seconds / 4));
        // one round of each scenario first, unmeasured: the JIT and the caches warm up
        new LoadDriver(base, 3, Duration.ofSeconds(5), Duration.ZERO, 0).run();

        String report = new LoadDriver(base, users, Duration.ofSeconds(seconds), Duration.ofSeconds(rampUp), think).run();

        System.out.println("\n[load] " + base + "\n" + report);
        Path file = Path.of("target", "load", "screens-report.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# Screens load test\n\n" + base + "\n\n" + report);
        assertThat(report).contains("| **all** |");
    }
}
