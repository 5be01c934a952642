package org.coopera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.util.EnumSet;
import org.coopera.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
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
    LockoutProperties lockout;

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
    void repeatedFailuresLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        UserSummary user = asAdmin(() -> administration.create(new NewUser("verrou" + System.nanoTime() % 100000,
                "Verrou", null, EnumSet.of(Role.READER), PASSWORD)));

        for (int attempt = 1; attempt < lockout.maxAttempts(); attempt++) {
            MvcResult failed = mvc.perform(formLogin("/login").user(user.username()).password("faux")).andReturn();
            assertThat(failure(failed)).as("attempt %d", attempt).isExactlyInstanceOf(BadCredentialsException.class);
        }
        MvcResult lastAllowed = mvc.perform(formLogin("/login").user(user.username()).password("faux")).andReturn();
        assertThat(failure(lastAllowed)).as("attempt %d is still only refused", lockout.maxAttempts())
                .isExactlyInstanceOf(BadCredentialsException.class);

        MvcResult rightPasswordWhileLocked = mvc.perform(formLogin("/login").user(user.username()).password(PASSWORD))
                .andReturn();
        assertThat(rightPasswordWhileLocked.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(failure(rightPasswordWhileLocked)).isInstanceOf(LockedException.class);
        assertThat(asAdmin(() -> administration.get(user.id())).lockedUntil()).isNotNull();

        asAdmin(() -> administration.unlock(user.id()));
        MvcResult afterUnlock = mvc.perform(formLogin("/login").user(user.username()).password(PASSWORD)).andReturn();
        assertThat(afterUnlock.getResponse().getRedirectedUrl()).isEqualTo("/");
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
