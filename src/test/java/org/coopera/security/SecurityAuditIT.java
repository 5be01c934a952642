package org.coopera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.TestSecurity.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import org.coopera.IntegrationTest;
import org.coopera.base.api.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** Each kind of security event reaches the audit trail, which only administrators read. */
@IntegrationTest
class SecurityAuditIT {

    private static final String PASSWORD = "Campeche-Tabasco-Chiapas-9";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAdministrationService administration;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    SecurityAuditService audit;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = ApiTestSupport.mvc(context);
    }

    @Test
    void signInsFailuresWaitsSessionsEndedAndAccountChangesAreRecorded() throws Exception {
        String name = "journal" + System.nanoTime() % 100000;
        UserSummary user = as("admin", "ADMIN", () -> administration.create(new NewUser(name, "Journal", null,
                EnumSet.of(Role.MANAGER), PASSWORD)));
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(name).password(PASSWORD))
                .andReturn().getRequest().getSession(false);
        String typedAsName = "Secret-Typed-As-Name-" + System.nanoTime();
        mvc.perform(formLogin("/login").user(typedAsName).password("x"));
        for (int i = 0; i <= 5; i++) {
            mvc.perform(formLogin("/login").user(name).password("faux"));
        }
        UserSummary changed = as("admin", "ADMIN", () -> administration.update(user.id(), user.version(),
                new UserChanges("Journal", null, EnumSet.of(Role.READER))));
        mvc.perform(get("/").session(session));
        as("admin", "ADMIN", () -> administration.unlock(user.id()));
        as("admin", "ADMIN", () -> administration.resetPassword(user.id(), "Nouveau-Campeche-Merida-4"));
        UserSummary disabled = as("admin", "ADMIN", () -> administration.setEnabled(user.id(),
                administration.get(user.id()).version(), false));
        as("admin", "ADMIN", () -> administration.setEnabled(user.id(), disabled.version(), true));

        List<SecurityEvent> events = eventsOf(name);
        assertThat(events).extracting(SecurityEvent::type).contains(SecurityEventType.ACCOUNT_CREATED,
                SecurityEventType.SIGN_IN, SecurityEventType.SIGN_IN_FAILED, SecurityEventType.SIGN_IN_THROTTLED,
                SecurityEventType.ACCOUNT_CHANGED, SecurityEventType.SESSION_ENDED, SecurityEventType.UNLOCKED,
                SecurityEventType.PASSWORD_RESET, SecurityEventType.ACCOUNT_DISABLED, SecurityEventType.ACCOUNT_ENABLED);
        assertThat(events).filteredOn(e -> e.type() == SecurityEventType.PASSWORD_RESET).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("admin"));
        assertThat(events).filteredOn(e -> e.type() == SecurityEventType.SIGN_IN_FAILED).hasSize(6)
                .allSatisfy(e -> assertThat(e.address()).isEqualTo("127.0.0.1"));
        // a name that does not exist (perhaps a password typed in the wrong field) is written nowhere
        var failures = as("admin", "ADMIN", () -> audit.find(SecurityEventType.SIGN_IN_FAILED, null, PageRequest.of(0, 50)));
        assertThat(failures).anySatisfy(e -> assertThat(e.username()).isNull());
        assertThat(failures).allSatisfy(e -> assertThat(String.valueOf(e.username()) + e.detail())
                .doesNotContain(typedAsName));
        assertThat(changed.roles()).containsExactly(Role.READER);
    }

    @Test
    void refusedApiCallsTokensAndInvalidTokensAreRecorded() throws Exception {
        String name = "jetons" + System.nanoTime() % 100000;
        as("admin", "ADMIN", () -> administration.create(new NewUser(name, "Jetons", null,
                EnumSet.of(Role.READER), PASSWORD)));
        String token = as(name, "READER", () -> tokens.create("Tableur", null, false, PASSWORD)).token();
        mvc.perform(post("/api/v1/organisations").with(httpBasic(name, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        long before = as("admin", "ADMIN", () -> audit.count(SecurityEventType.INVALID_TOKEN, null));
        long deniedBefore = as("admin", "ADMIN", () -> audit.count(SecurityEventType.ACCESS_DENIED, null));
        mvc.perform(get("/api/v1/sectors").header("Authorization", "Bearer " + token + "x"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/sectors")).andExpect(status().isUnauthorized());

        assertThat(eventsOf(name)).extracting(SecurityEvent::type)
                .contains(SecurityEventType.TOKEN_CREATED, SecurityEventType.ACCESS_DENIED);
        assertThat(eventsOf(name)).filteredOn(e -> e.type() == SecurityEventType.ACCESS_DENIED).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("API 403 POST /api/v1/organisations"));
        assertThat(as("admin", "ADMIN", () -> audit.count(SecurityEventType.INVALID_TOKEN, null))).isEqualTo(before + 1);
        assertThat(as("admin", "ADMIN", () -> audit.count(SecurityEventType.ACCESS_DENIED, null)))
                .as("the call without credentials").isEqualTo(deniedBefore + 1);
    }

    @Test
    void onlyAdministratorsReadTheTrailAndControlCharactersNeverReachIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as("gestionnaire", "MANAGER",
                () -> audit.find(null, null, PageRequest.of(0, 10)))).isInstanceOf(AuthorizationDeniedException.class);
        audit.record(SecurityEventType.ACCESS_DENIED, "lecteur", "line one\r\nFAKE line two\u0000");
        assertThat(as("admin", "ADMIN", () -> audit.find(SecurityEventType.ACCESS_DENIED, "LECTEUR",
                PageRequest.of(0, 1)))).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("line one  FAKE line two"));
    }

    private List<SecurityEvent> eventsOf(String username) {
        return as("admin", "ADMIN", () -> audit.find(null, username, PageRequest.of(0, 100)));
    }
}
