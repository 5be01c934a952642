package org.coopera.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans shared by every feature. */
@Configuration(proxyBeanMethods = false)
class BaseConfiguration {

    /** The time source; tests replace it to move time forward. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
