package org.coopera.base.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The language of Spring MVC answers (the API's): French or English from {@code Accept-Language}, French by default. */
@Configuration
class ApiWebConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        return new AcceptHeaderLocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return ApiProblems.locale(request);
            }
        };
    }
}
