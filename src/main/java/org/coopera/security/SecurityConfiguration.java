package org.coopera.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.coopera.security.sso.SsoWebSecurity;
import org.coopera.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Web security: Vaadin's navigation access control (deny by default: every view states who may
 * open it), form login against the database users (and an LDAP directory when configured), OpenID
 * Connect sign-in when configured, and method security on the services.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SsoWebSecurity sso, LoginThrottle throttle,
                                            UserAccountRepository users, SecurityAuditService audit,
                                            TwoFactorService twoFactor) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                        "/styles/**", "/icons/**").permitAll());
        // X-Frame-Options, CSP, Referrer-Policy, Permissions-Policy: SecurityHeadersFilter, on every response
        http.headers(headers -> headers.frameOptions(frame -> frame.deny()));
        // anyRequest: an address that is no view reaches Vaadin's "not found" page instead of a bare 403
        // failed sign-ins make the user name and the address wait: checked before any password provider
        http.authenticationProvider(new LoginThrottleGuard(throttle));
        // a session ends at once when its user is disabled, loses a role or gets a new password
        http.addFilterAfter(new SessionStampFilter(users, audit), SecurityContextHolderFilter.class);
        // single sign-on (OpenID Connect, LDAP) when configured
        sso.configureScreens(http);
        http.with(vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class).anyRequest(any -> any.authenticated());
            sso.logoutSuccessHandler().ifPresent(vaadin::logoutSuccessHandler);
        });
        // two-factor sign-in: a password alone leads only to the two-factor pages
        http.addFilterBefore(new TwoFactorGate(twoFactor), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, and hashes made with an older or newer encoder keep working
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
