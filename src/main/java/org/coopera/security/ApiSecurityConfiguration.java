package org.coopera.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coopera.base.DatabaseFailures;
import org.coopera.base.api.ApiProblems;
import org.coopera.security.sso.SsoWebSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security of the REST API ({@code /api/**}), before Vaadin's chain: stateless (no session, so no
 * CSRF token applies), HTTP Basic over the same users, roles and sign-in waits as the sign-in page, or a
 * bearer API token, or (single sign-on) the OpenID Connect provider's access token. 401 with {@code WWW-Authenticate} and 403 as problem details.
 * A write (POST, PUT, PATCH, DELETE) needs a role that may change something, checked here before
 * the body is read, so that a reader gets 403 and not a 400 about the body. The OpenAPI
 * description and its browsable page are public (they hold no data).
 */
@Configuration
class ApiSecurityConfiguration {

    static final String REALM = "Coopera";

    /** The roles that may change something; each service method then checks its own roles. */
    private static final String[] WRITERS = {Roles.ADMIN, Roles.MANAGER, Roles.OFFICER};

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenService tokens, ApiProblems problems,
                                               SsoWebSecurity sso, LoginThrottle throttle,
                                               SecurityAuditService audit, TwoFactorService twoFactor,
                                               PasswordChangeService passwordChange) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            if (DatabaseFailures.unavailable(e)) {
                // the user's account could not be read (Basic): the database is gone, not the credentials wrong
                unavailable(request, response, problems);
                return;
            }
            if (e instanceof LoginThrottledException throttled) {
                // too many failed sign-ins: the same answer for existing and unknown user names
                tooManyAttempts(response, throttled);
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.throttled");
                return;
            }
            // a wrong password over Basic is a failed sign-in, recorded as such
            SecurityEventType type = e instanceof InvalidApiTokenException
                    || e instanceof org.springframework.security.oauth2.server.resource.InvalidBearerTokenException
                    ? SecurityEventType.INVALID_TOKEN
                    : e instanceof org.springframework.security.authentication.InsufficientAuthenticationException
                    ? SecurityEventType.ACCESS_DENIED : null;
            if (type != null) {
                audit.record(type, null, "API 401 " + request.getMethod() + " " + request.getRequestURI());
            }
            if (!fromBrowser(request)) {
                // a browser would open its sign-in dialog and then send the credentials by itself
                response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            }
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.unauthorized");
        };
        AccessDeniedHandler forbidden = (request, response, e) -> {
            audit.record(SecurityEventType.ACCESS_DENIED, CurrentUserService.currentUsername().orElse(null),
                    "API 403 " + request.getMethod() + " " + request.getRequestURI());
            problems.write(request, response, HttpStatus.FORBIDDEN, readOnlyToken() ? "api.read-only-token" : "api.forbidden");
        };
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/docs",
                                "/api/swagger-ui/**").permitAll()
                        // a reader changes nothing: refused before the body is read or validated
                        // ... and neither does a read-only API token
                        .requestMatchers(HttpMethod.POST, "/api/**").access(writer())
                        .requestMatchers(HttpMethod.PUT, "/api/**").access(writer())
                        .requestMatchers(HttpMethod.PATCH, "/api/**").access(writer())
                        .requestMatchers(HttpMethod.DELETE, "/api/**").access(writer())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> { })
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .headers(headers -> headers.frameOptions(frame -> frame.deny()))
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized, problems, sso.acceptsProviderTokens()),
                        BasicAuthenticationFilter.class)
                // a write authenticated by Basic (cached by browsers) needs a header no cross-site form can send
                .addFilterAfter(new CrossSiteWriteFilter(problems), AuthorizationFilter.class)
                // users with two-factor sign-in use API tokens, not their password alone
                .addFilterAfter(new BasicPasswordRefusal(twoFactor, problems, passwordChange), BasicAuthenticationFilter.class)
                // failed sign-ins over Basic wait like those on the sign-in page (429 with Retry-After)
                .authenticationProvider(new LoginThrottleGuard(throttle));
        // an LDAP directory's users over HTTP Basic, the OpenID Connect provider's access tokens (JWT)
        sso.configureApi(http, unauthorized);
        return http.build();
    }

    private static void tooManyAttempts(HttpServletResponse response, LoginThrottledException throttled) {
        long seconds = Math.max(1, java.time.Duration.between(java.time.Instant.now(), throttled.retryAt())
                .toSeconds() + 1);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }

    private static boolean readOnlyToken() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> ApiTokenService.READ_ONLY_AUTHORITY.equals(a.getAuthority()));
    }

    /** A role that may change something, and not a read-only API token. */
    private static AuthorizationManager<RequestAuthorizationContext> writer() {
        return AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAnyRole(WRITERS),
                AuthorizationManagers.not(AuthorityAuthorizationManager.hasAuthority(ApiTokenService.READ_ONLY_AUTHORITY)));
    }

    /**
     * Whether a browser sent the request: it prefers HTML, or it comes from a page's script
     * ({@code X-Requested-With}), or it carries the {@code Sec-Fetch-Mode} that browsers add to
     * every request (navigation, {@code fetch}, XHR). Such a request gets no Basic challenge.
     */
    static boolean fromBrowser(HttpServletRequest request) {
        if (request.getHeader("X-Requested-With") != null || request.getHeader("Sec-Fetch-Mode") != null) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            // the first of the types with the highest quality
            org.springframework.http.MediaType preferred = null;
            for (var type : org.springframework.http.MediaType.parseMediaTypes(accept)) {
                if (preferred == null || type.getQualityValue() > preferred.getQualityValue()) {
                    preferred = type;
                }
            }
            return preferred != null && org.springframework.http.MediaType.TEXT_HTML.equalsTypeAndSubtype(preferred);
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }

    /**
     * Authenticates {@code Authorization: Bearer <token>}; an unknown, revoked or expired token is a 401.
     * When the API also takes the single sign-on provider's tokens, only Coopera's own ({@code cpa_...})
     * are this filter's: the others are the resource server's.
     */
    /** An unknown, revoked or expired API token, or one whose user is disabled. */
    static final class InvalidApiTokenException extends org.springframework.security.authentication.BadCredentialsException {

        InvalidApiTokenException() {
            super("Invalid API token");
        }
    }

    static final class BearerTokenFilter extends OncePerRequestFilter {

        private final ApiTokenService tokens;
        private final AuthenticationEntryPoint unauthorized;
        private final ApiProblems problems;
        private final boolean ownTokensOnly;

        BearerTokenFilter(ApiTokenService tokens, AuthenticationEntryPoint unauthorized, ApiProblems problems,
                          boolean ownTokensOnly) {
            this.tokens = tokens;
            this.unauthorized = unauthorized;
            this.problems = problems;
            this.ownTokensOnly = ownTokensOnly;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)
                    || ownTokensOnly && !header.substring(7).strip().startsWith(ApiTokenService.PREFIX)) {
                chain.doFilter(request, response);
                return;
            }
            java.util.Optional<org.springframework.security.authentication.UsernamePasswordAuthenticationToken> authentication;
            try {
                authentication = tokens.authenticate(header.substring(7).strip());
            } catch (RuntimeException e) {
                if (!DatabaseFailures.unavailable(e)) {
                    throw e;
                }
                // the token could not be looked up: 503 as from the controllers, not an error page's redirect
                // (found by src/test/cluster/cluster.sh with the whole database stopped)
                unavailable(request, response, problems);
                return;
            }
            if (authentication.isEmpty()) {
                SecurityContextHolder.clearContext();
                unauthorized.commence(request, response, new InvalidApiTokenException());
                return;
            }
            var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
            context.setAuthentication(authentication.get());
            SecurityContextHolder.getContextHolderStrategy().setContext(context);
            chain.doFilter(request, response);
        }
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response, ApiProblems problems)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "api.unavailable");
    }
}
