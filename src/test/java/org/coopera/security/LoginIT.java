package org.coopera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.util.EnumSet;
import org.coopera.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Form login through the real Spring Security filter chain, against the database users. */
@IntegrationTest
class LoginIT {

    private static final String PASSWORD = "Monarque-Michoacan-2013";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAdministrationService administration;

    @Autowired
    LoginThrottleProperties throttle;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean(SecurityHeadersFilter.class)).apply(springSecurity()).build();
    }

    @Test
    void aDemoUserSignsInWithTheRightPassword() throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user("gestionnaire").password("coopera-demo")).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        MvcResult wrongPassword = mvc.perform(formLogin("/login").user("lecteur").password("pas-le-bon")).andReturn();
        MvcResult unknownUser = mvc.perform(formLogin("/login").user("personne").password("pas-le-bon")).andReturn();

        assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(unknownUser.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(failure(wrongPassword)).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(failure(unknownUser)).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(failure(wrongPassword).getMessage()).isEqualTo(failure(unknownUser).getMessage());
    }

    @Test
    void repeatedFailuresMakeTheNameWaitWithTheSameAnswerForUnknownNamesUntilAnAdministratorLiftsIt() throws Exception {
        UserSummary user = asAdmin(() -> administration.create(new NewUser("verrou" + System.nanoTime() % 100000,
                "Verrou", null, EnumSet.of(Role.READER), PASSWORD)));
        String unknown = "personne" + System.nanoTime() % 100000;

        // the free attempts, and the failure that starts the wait
        for (int attempt = 1; attempt <= throttle.freeAttemptsPerName() + 1; attempt++) {
            MvcResult failed = mvc.perform(formLogin("/login").user(user.username()).password("faux")).andReturn();
            assertThat(failure(failed)).as("attempt %d", attempt).isExactlyInstanceOf(BadCredentialsException.class);
            mvc.perform(formLogin("/login").user(unknown).password("faux")).andReturn();
        }

        MvcResult rightPasswordWhileWaiting = mvc.perform(formLogin("/login").user(user.username()).password(PASSWORD))
                .andReturn();
        MvcResult unknownWhileWaiting = mvc.perform(formLogin("/login").user(unknown).password("faux")).andReturn();
        assertThat(rightPasswordWhileWaiting.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(unknownWhileWaiting.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(failure(rightPasswordWhileWaiting)).isExactlyInstanceOf(LoginThrottledException.class);
        assertThat(failure(unknownWhileWaiting)).isExactlyInstanceOf(LoginThrottledException.class);
        assertThat(failure(rightPasswordWhileWaiting).getMessage()).isEqualTo(failure(unknownWhileWaiting).getMessage());
        assertThat(asAdmin(() -> administration.get(user.id())).lockedUntil()).isNotNull();
        // another user signs in from the same address meanwhile: no one else is kept out
        assertThat(mvc.perform(formLogin("/login").user("gestionnaire").password("coopera-demo")).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/");

        asAdmin(() -> administration.unlock(user.id()));
        MvcResult afterUnlock = mvc.perform(formLogin("/login").user(user.username()).password(PASSWORD)).andReturn();
        assertThat(afterUnlock.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void theApiAnswers429WithRetryAfterAlikeForExistingAndUnknownNames() throws Exception {
        UserSummary user = asAdmin(() -> administration.create(new NewUser("basique" + System.nanoTime() % 100000,
                "Basique", null, EnumSet.of(Role.READER), PASSWORD)));
        String unknown = "inconnu" + System.nanoTime() % 100000;
        for (int attempt = 1; attempt <= throttle.freeAttemptsPerName() + 1; attempt++) {
            mvc.perform(get("/api/v1/sectors").with(httpBasic(user.username(), "faux")))
                    .andExpect(status().isUnauthorized());
            mvc.perform(get("/api/v1/sectors").with(httpBasic(unknown, "faux"))).andExpect(status().isUnauthorized());
        }

        MvcResult existing = mvc.perform(get("/api/v1/sectors").with(httpBasic(user.username(), PASSWORD))).andReturn();
        MvcResult missing = mvc.perform(get("/api/v1/sectors").with(httpBasic(unknown, "faux"))).andReturn();

        for (MvcResult result : new MvcResult[] {existing, missing}) {
            assertThat(result.getResponse().getStatus()).isEqualTo(429);
            assertThat(Long.parseLong(result.getResponse().getHeader("Retry-After"))).isPositive();
            assertThat(org.coopera.base.api.ApiTestSupport.<String>read(result, "$.code")).isEqualTo("api.throttled");
        }
        assertThat(org.coopera.base.api.ApiTestSupport.<String>read(existing, "$.detail"))
                .isEqualTo(org.coopera.base.api.ApiTestSupport.<String>read(missing, "$.detail"));
        // the sign-in page shares the counter: the name waits there too
        assertThat(failure(mvc.perform(formLogin("/login").user(user.username()).password(PASSWORD)).andReturn()))
                .isExactlyInstanceOf(LoginThrottledException.class);
    }

    @Test
    void aDisabledUserCannotSignIn() throws Exception {
        UserSummary user = asAdmin(() -> administration.create(new NewUser("inactif" + System.nanoTime() % 100000,
                "Inactif", null, EnumSet.of(Role.READER), PASSWORD)));
        asAdmin(() -> administration.setEnabled(user.id(), user.version(), false));

        MvcResult result = mvc.perform(formLogin("/login").user(user.username()).password(PASSWORD)).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void securityHeadersOnEveryResponse() throws Exception {
        // (the login page itself is checked in the browser, end to end)
        for (String path : new String[] {"/actuator/health", "/admin/users"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().exists("Permissions-Policy"))
                    .andExpect(header().string("Content-Security-Policy",
                            org.hamcrest.Matchers.containsString("frame-ancestors 'none'")));
        }
    }

    @Test
    void aProtectedPageSendsAnonymousVisitorsToTheLoginPage() throws Exception {
        MvcResult result = mvc.perform(get("/admin/users")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    private static Exception failure(MvcResult result) {
        var session = result.getRequest().getSession(false);
        assertThat(session).as("a session holding the failure").isNotNull();
        return (Exception) session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, java.util.List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
