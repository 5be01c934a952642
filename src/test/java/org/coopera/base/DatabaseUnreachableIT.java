package org.coopera.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import org.coopera.CooperaApplication;
import org.coopera.base.embedded.DatabaseUnreachableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** An external database that does not answer ends the start with one clear message, no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnreachableIT {

    @Test
    void theStartStopsNamingTheUrlItTried(CapturedOutput output) throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:mariadb://127.0.0.1:" + closedPort + "/coopera";

        assertThatThrownBy(() -> new SpringApplicationBuilder(CooperaApplication.class)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=coopera",
                        "--spring.datasource.password=secret", "--server.port=0"))
                .isInstanceOf(DatabaseUnreachableException.class);

        assertThat(output.getAll())
                .contains("Coopera cannot reach its database at " + url)
                .contains("SPRING_DATASOURCE_URL")
                .doesNotContain("\tat ")
                .doesNotContain("secret");
    }
}
