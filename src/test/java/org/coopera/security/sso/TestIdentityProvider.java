package org.coopera.security.sso;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * A real OpenID Connect provider for the tests: Spring Authorization Server in a small application
 * context of its own, on its own port of localhost, started once per JVM. Its people sign in on
 * Spring Security's default login page; the ID token and the access token carry their groups
 * (claim {@code groups}), which a test may change between two sign-ins.
 */
public final class TestIdentityProvider {

    public static final String CLIENT_ID = "coopera";
    public static final String CLIENT_SECRET = "coopera-test-secret";
    public static final String PASSWORD = "idp-password";
    public static final String MANAGERS = "coopera-managers";
    public static final String OFFICERS = "coopera-officers";

    /** People and their groups: two groups, and one person whose group a test removes. */
    private static final Map<String, List<String>> GROUPS = new ConcurrentHashMap<>(Map.of(
            "amelie.gagnon", List.of(MANAGERS),
            "bruno.ortiz", List.of(OFFICERS),
            "chloe.roy", List.of(OFFICERS)));
    private static final Map<String, String> NAMES = Map.of(
            "amelie.gagnon", "Amélie Gagnon",
            "bruno.ortiz", "Bruno Ortiz",
            "chloe.roy", "Chloé Roy");
    private static final Map<String, String> LOCALES = Map.of(
            "amelie.gagnon", "fr-CA",
            "bruno.ortiz", "en-CA",
            "chloe.roy", "fr-CA");
    /** Coopera's redirect URIs, known once Coopera has its port. */
    private static final Set<String> REDIRECT_URIS = ConcurrentHashMap.newKeySet();

    private static AnnotationConfigServletWebServerApplicationContext context;

    private TestIdentityProvider() {
    }

    /** Starts the provider (once per JVM) and returns its issuer URL. */
    public static synchronized String start() {
        if (context == null) {
            context = new AnnotationConfigServletWebServerApplicationContext(ProviderConfiguration.class);
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        }
        return issuer();
    }

    public static String issuer() {
        return "http://localhost:" + context.getWebServer().getPort();
    }

    /** Lets Coopera, served at this base URL, receive the provider's answers. */
    public static void allowClient(String cooperaBaseUrl) {
        REDIRECT_URIS.add(cooperaBaseUrl + "/login/oauth2/code/sso");
        REDIRECT_URIS.add(cooperaBaseUrl + "/login");
    }

    /** Changes a person's groups (the next tokens carry them). */
    public static void setGroups(String username, List<String> groups) {
        GROUPS.put(username, List.copyOf(groups));
    }

    public static List<String> groups(String username) {
        return GROUPS.getOrDefault(username, List.of());
    }

    /**
     * An access token for a person, obtained as a client application would: the authorization code
     * flow (the provider's sign-in form filled by a plain HTTP client), then the token endpoint.
     *
     * @param redirectUri one of the URIs given to {@link #allowClient}; nothing is sent to it
     */
    public static String accessToken(String username, String redirectUri) throws Exception {
        var cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        try (HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build()) {
            // PKCE, which the provider requires (as Spring Authorization Server does by default)
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            String authorize = issuer() + "/oauth2/authorize?response_type=code&client_id=" + CLIENT_ID
                    + "&scope=" + encode("openid profile email") + "&state=api-test&redirect_uri=" + encode(redirectUri)
                    + "&code_challenge=" + challenge + "&code_challenge_method=S256";
            var response = http.send(HttpRequest.newBuilder(URI.create(authorize)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            String loginPage = http.send(HttpRequest.newBuilder(URI.create(issuer() + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
            if (!csrf.find()) {
                throw new IllegalStateException("No CSRF token on the provider's login page: " + loginPage);
            }
            response = http.send(HttpRequest.newBuilder(URI.create(issuer() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                            + encode(PASSWORD) + "&_csrf=" + encode(csrf.group(1)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            // back to the authorization endpoint, which answers with the code
            for (int hop = 0; hop < 5 && response.statusCode() / 100 == 3; hop++) {
                String location = response.headers().firstValue("Location").orElseThrow();
                if (location.startsWith(redirectUri)) {
                    Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
                    if (!code.find()) {
                        throw new IllegalStateException("No code in " + location);
                    }
                    return token(http, URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), redirectUri, verifier);
                }
                response = http.send(HttpRequest.newBuilder(URI.create(location.startsWith("http") ? location
                        : issuer() + location)).build(), HttpResponse.BodyHandlers.ofString());
            }
            throw new IllegalStateException("The provider gave no code: " + response.statusCode() + " "
                    + response.headers().map() + " " + response.body());
        }
    }

    private static String token(HttpClient http, String code, String redirectUri, String verifier) throws Exception {
        String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        var response = http.send(HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + encode(code)
                        + "&redirect_uri=" + encode(redirectUri) + "&code_verifier=" + verifier)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Token endpoint: " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class ProviderConfiguration {

        /**
         * The provider's filters and its endpoints (which read SecurityContextHolder directly) must use
         * one strategy: the JVM-wide one at the time of the call. Coopera's context, started after this
         * one, replaces it with Vaadin's.
         */
        @Bean
        SecurityContextHolderStrategy securityContextHolderStrategy() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.getContextHolderStrategy().clearContext();
                }

                @Override
                public org.springframework.security.core.context.SecurityContext getContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getContext();
                }

                @Override
                public void setContext(org.springframework.security.core.context.SecurityContext context) {
                    SecurityContextHolder.getContextHolderStrategy().setContext(context);
                }

                @Override
                public org.springframework.security.core.context.SecurityContext createEmptyContext() {
                    return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                }
            };
        }

        @Bean
        TomcatServletWebServerFactory webServerFactory() {
            return new TomcatServletWebServerFactory(0);
        }

        @Bean
        DispatcherServlet dispatcherServlet() {
            return new DispatcherServlet();
        }

        /** Its own session cookie: Coopera's runs on the same host, and cookies ignore ports. */
        @Bean
        ServletContextInitializer sessionCookie() {
            return servletContext -> servletContext.getSessionCookieConfig().setName("IDP_SESSION");
        }

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                http.securityMatcher(server.getEndpointsMatcher());
                server.oidc(Customizer.withDefaults());
            });
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        InMemoryUserDetailsManager people() {
            return new InMemoryUserDetailsManager(GROUPS.keySet().stream()
                    .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("PERSON").build())
                    .toList());
        }

        @Bean
        RegisteredClientRepository clients() {
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient registeredClient) {
                    // the client is built from the constants at every look-up (a secret's re-encoding is dropped)
                }

                @Override
                public RegisteredClient findById(String id) {
                    return CLIENT_ID.equals(id) ? client() : null;
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? client() : null;
                }
            };
        }

        private static RegisteredClient client() {
            return RegisteredClient.withId(CLIENT_ID)
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUris(uris -> uris.addAll(REDIRECT_URIS.stream().filter(u -> u.endsWith("/sso")).toList()))
                    .postLogoutRedirectUris(uris -> uris.addAll(REDIRECT_URIS.stream().filter(u -> u.endsWith("/login")).toList()))
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build();
        }

        /** The person's groups, name, e-mail and language in the ID token and the access token. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                String username = context.getPrincipal().getName();
                if (!GROUPS.containsKey(username)) {
                    return;
                }
                context.getClaims().claim("groups", groups(username))
                        .claim("preferred_username", username)
                        .claim("name", NAMES.get(username))
                        .claim("email", username + "@idp.coopera.test")
                        .claim("locale", LOCALES.get(username));
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws Exception {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            var key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** The user info endpoint reads the access token with it. */
        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return NimbusJwtDecoder.withJwkSource(keys).build();
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
