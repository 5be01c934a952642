package org.coopera.security.sso;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import java.util.List;
import java.util.Optional;
import org.coopera.security.ApiTokenService;
import org.coopera.security.ExternalAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Single sign-on in the security filter chains, as configured by {@link SsoProperties}: OpenID
 * Connect sign-in and RP-initiated sign-out on the screens, the provider's JWT access tokens on the
 * API, LDAP bind on both. With nothing configured it changes nothing.
 */
@Component
public class SsoWebSecurity {

    /** The registration's id, in the sign-in address and the redirect URI ({baseUrl}/login/oauth2/code/sso). */
    public static final String REGISTRATION_ID = "sso";
    /** Where the login page's "Sign in with ..." link leads (relative to the context path). */
    public static final String AUTHORIZATION_PATH = "oauth2/authorization/" + REGISTRATION_ID;
    /** The login page shows why a single sign-on was refused. */
    public static final String FAILURE_PARAMETER = "sso-error";
    /** OAuth2 error code of a refused sign-in: no group of the person gives a role. */
    public static final String NO_ROLE_ERROR = "coopera_no_role";
    /** OAuth2 error code of a refused sign-in: the user is disabled in Coopera. */
    public static final String DISABLED_ERROR = "coopera_disabled";

    private final SsoProperties properties;
    private final Optional<OidcSignIn> oidc;
    private final Optional<LdapSignIn> ldap;
    private final ClientRegistrationRepository registrations;
    private final boolean localAccounts;

    SsoWebSecurity(SsoProperties properties, ExternalAccounts accounts,
                   @Value("${coopera.security.local-accounts:true}") boolean localAccounts) {
        this.properties = properties;
        this.localAccounts = localAccounts;
        var mapping = new GroupRoleMapping(properties.roleGroups());
        this.oidc = properties.oidc().enabled()
                ? Optional.of(new OidcSignIn(properties.oidc(), mapping, accounts)) : Optional.empty();
        this.ldap = properties.ldap().enabled()
                ? Optional.of(new LdapSignIn(properties.ldap(), mapping, accounts)) : Optional.empty();
        this.registrations = properties.oidc().enabled() ? new LazyRegistration(properties.oidc()) : null;
        if (!localAccounts && oidc.isEmpty() && ldap.isEmpty()) {
            throw new IllegalStateException("coopera.security.local-accounts=false leaves no way to sign in: "
                    + "configure coopera.security.sso.oidc.issuer or coopera.security.sso.ldap.url");
        }
    }

    /** Whether people may sign in with a Coopera user name and password (or their LDAP password). */
    public boolean passwordSignIn() {
        return localAccounts || ldap.isPresent();
    }

    /** The OpenID Connect provider's name for the login page, empty when none is configured. */
    public Optional<String> oidcProviderName() {
        return oidc.map(o -> properties.oidc().name() == null ? "" : properties.oidc().name().strip());
    }

    /** The screens: LDAP beside the database users, OpenID Connect sign-in. */
    public void configureScreens(HttpSecurity http) throws Exception {
        if (ldap.isPresent()) {
            http.authenticationProvider(ldap.get());
        }
        if (oidc.isPresent()) {
            var failure = new SimpleUrlAuthenticationFailureHandler("/login?" + FAILURE_PARAMETER);
            http.oauth2Login(login -> login.loginPage("/login")
                    .clientRegistrationRepository(registrations)
                    .userInfoEndpoint(info -> info.oidcUserService(new CooperaOidcUserService(oidc.get())))
                    .failureHandler(failure));
        }
    }

    /**
     * After sign-out: with OpenID Connect, the provider's end-session endpoint when it advertises one
     * (RP-initiated logout), back to the login page; empty: Vaadin's default.
     */
    public Optional<LogoutSuccessHandler> logoutSuccessHandler() {
        if (oidc.isEmpty()) {
            return Optional.empty();
        }
        var handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        // sign-out is a Vaadin server round trip: the redirect must reach the browser as a UIDL command
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        handler.setPostLogoutRedirectUri("{baseUrl}/login");
        handler.setDefaultTargetUrl("/login");
        return Optional.of(handler);
    }

    /** The API: LDAP users over HTTP Basic, the provider's access tokens (JWT) as bearer tokens. */
    public void configureApi(HttpSecurity http, AuthenticationEntryPoint unauthorized) throws Exception {
        if (ldap.isPresent()) {
            http.authenticationProvider(ldap.get());
        }
        if (oidc.isPresent()) {
            OidcSignIn signIn = oidc.get();
            http.oauth2ResourceServer(server -> server
                    .bearerTokenResolver(jwtOnly(ApiTokenService.PREFIX))
                    .authenticationEntryPoint(unauthorized)
                    .jwt(jwt -> jwt.decoder(jwtDecoder(properties.oidc())).jwtAuthenticationConverter(token -> {
                        var outcome = signIn.signIn(token.getClaims());
                        if (!outcome.accepted()) {
                            throw outcome.refusal() == ExternalAccounts.Refusal.NO_ROLE
                                    ? new NoRoleException("No group of this person gives a Coopera role")
                                    : new DisabledException("Account disabled");
                        }
                        return new JwtAuthenticationToken(token, OidcSignIn.authorities(outcome.roles()),
                                outcome.username());
                    })));
        }
    }

    /** Whether the API takes bearer tokens other than Coopera's own API tokens (the provider's JWTs). */
    public boolean acceptsProviderTokens() {
        return oidc.isPresent();
    }

    /** Coopera's own API tokens are left to Coopera's filter. */
    private static BearerTokenResolver jwtOnly(String ownPrefix) {
        var resolver = new DefaultBearerTokenResolver();
        return request -> {
            String token = resolver.resolve(request);
            return token == null || token.startsWith(ownPrefix) ? null : token;
        };
    }

    /** The provider's signing keys are fetched at the first API call, so that Coopera starts while it is away. */
    private static JwtDecoder jwtDecoder(SsoProperties.Oidc config) {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(config.issuer().strip()).build();
            OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithIssuer(config.issuer().strip());
            if (config.apiAudience() != null && !config.apiAudience().isBlank()) {
                validator = new DelegatingOAuth2TokenValidator<>(validator, new JwtClaimValidator<List<String>>(
                        "aud", aud -> aud != null && aud.contains(config.apiAudience().strip())));
            }
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    /**
     * The provider's registration, read from its discovery document at the first sign-in (and kept
     * once read), so that Coopera starts while the provider is away.
     */
    private static final class LazyRegistration implements ClientRegistrationRepository {

        private final SsoProperties.Oidc config;
        private volatile ClientRegistration registration;

        LazyRegistration(SsoProperties.Oidc config) {
            this.config = config;
        }

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            if (!REGISTRATION_ID.equals(registrationId)) {
                return null;
            }
            ClientRegistration found = registration;
            if (found == null) {
                synchronized (this) {
                    if (registration == null) {
                        registration = ClientRegistrations.fromIssuerLocation(config.issuer().strip())
                                .registrationId(REGISTRATION_ID)
                                .clientId(config.clientId())
                                .clientSecret(config.clientSecret())
                                .scope(config.scopes())
                                // PKCE as well as the client secret (OAuth 2.1); Entra ID, Keycloak
                                // and Spring Authorization Server support it
                                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                                .build();
                    }
                    found = registration;
                }
            }
            return found;
        }
    }
}
