package org.coopera.base.embedded;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Tries the configured database once before anything else starts, so that an unreachable server
 * ends the start with one clear message (see {@link DatabaseUnreachableFailureAnalyzer}) instead
 * of pages of connection-pool stack traces. Switch off with {@code coopera.datasource.check-on-startup=false}.
 */
public class DatabaseReachabilityCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String url = env.getProperty("spring.datasource.url");
        if (!StringUtils.hasText(url) || !env.getProperty("coopera.datasource.check-on-startup", Boolean.class, true)) {
            return;
        }
        Properties props = new Properties();
        String user = env.getProperty("spring.datasource.username");
        String password = env.getProperty("spring.datasource.password");
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "10000");
        try (var ignored = DriverManager.getConnection(url, props)) {
            // reachable
        } catch (SQLException e) {
            throw new DatabaseUnreachableException(url, e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;  // after the embedded database has set its URL
    }
}
