package org.coopera.base.cluster;

import java.time.Duration;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The application's Liquibase bean (Spring Boot's own backs off): the change log and contexts
 * from {@code spring.liquibase.*} as before, run by {@link StartTogetherLiquibase} so that
 * several nodes may start together on one database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "spring.liquibase.enabled", matchIfMissing = true)
class LiquibaseConfiguration {

    @Bean
    SpringLiquibase liquibase(DataSource dataSource, Environment environment) {
        var liquibase = new StartTogetherLiquibase(
                environment.getProperty("coopera.database.migration-attempts", Integer.class, 10),
                environment.getProperty("coopera.database.migration-pause", Duration.class, Duration.ofSeconds(2)));
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog(environment.getRequiredProperty("spring.liquibase.change-log"));
        liquibase.setContexts(environment.getProperty("spring.liquibase.contexts"));
        liquibase.setLabelFilter(environment.getProperty("spring.liquibase.label-filter"));
        return liquibase;
    }
}
