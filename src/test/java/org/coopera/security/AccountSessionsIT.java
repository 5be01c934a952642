package org.coopera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopera.TestSecurity.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import org.coopera.IntegrationTest;
import org.coopera.base.BusinessException;
import org.coopera.base.api.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Disabling a user, taking a role away or resetting a password ends every open session of that
 * user at its next request (a page load and a Vaadin round trip alike), and token calls follow the
 * account at once; users change their own password, which ends their other sessions only.
 */
@IntegrationTest
class AccountSessionsIT {

    private static final String PASSWORD = "Papaloapan-Veracruz-1982";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAdministrationService administration;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    PasswordChangeService passwords;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = ApiTestSupport.mvc(context);
    }

    @Test
    void disablingAUserEndsEachOfItsSessionsAtItsNextRequest() throws Exception {
        UserSummary user = newUser("deux-sessions", Role.OFFICER);
        MockHttpSession first = signIn(user.username(), PASSWORD);
        MockHttpSession second = signIn(user.username(), PASSWORD);
        MockHttpSession someoneElse = signIn("gestionnaire", ApiTestSupport.DEMO_PASSWORD);
        assertSignedIn(first);
        assertSignedIn(second);

        as("admin", "ADMIN", () -> administration.setEnabled(user.id(), user.version(), false));

        // a page load goes to the login page
        MvcResult page = mvc.perform(get("/").session(first)).andReturn();
        assertThat(page.getResponse().getRedirectedUrl()).isEqualTo("/login");
        assertThat(first.isInvalid()).isTrue();
        // a Vaadin round trip of the open tab is refused and its client sent to the login page
        MvcResult roundTrip = mvc.perform(post("/?v-r=uidl&v-uiId=0").session(second)
                .contentType(MediaType.APPLICATION_JSON).content("{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":1,\"clientId\":1}"))
                .andReturn();
        assertThat(roundTrip.getResponse().getContentAsString()).startsWith("{")
                .contains("\"appError\"").contains("\"url\":\"/login\"").doesNotContain("\"caption\":\"");
        assertThat(second.isInvalid()).isTrue();
        assertSignedIn(someoneElse);
    }

    @Test
    void takingARoleAwayEndsTheSessionsAndAppliesToTokenCallsAtOnce() throws Exception {
        UserSummary user = newUser("moins-de-roles", Role.MANAGER);
        MockHttpSession session = signIn(user.username(), PASSWORD);
        String bearer = "Bearer " + as(user.username(), "MANAGER", () -> tokens.create("Outil", null, false, PASSWORD)).token();
        // a writer: an empty organisation gets past authorisation to the validation of its body
        assertThat(writeStatus(bearer)).isNotEqualTo(403);

        // a change that takes nothing away leaves the session alone
        UserSummary renamed = as("admin", "ADMIN", () -> administration.update(user.id(), user.version(),
                new UserChanges("Nouveau nom", null, EnumSet.of(Role.MANAGER))));
        assertSignedIn(session);

        as("admin", "ADMIN", () -> administration.update(user.id(), renamed.version(),
                new UserChanges("Nouveau nom", null, EnumSet.of(Role.READER))));

        assertThat(writeStatus(bearer)).isEqualTo(403);
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login");
    }

    @Test
    void aResetEndsTheSessionsAndTheNewPasswordMustBeChangedAtTheNextSignIn() throws Exception {
        UserSummary user = newUser("reinitialise", Role.READER);
        MockHttpSession session = signIn(user.username(), PASSWORD);
        assertThat(as(user.username(), "READER", passwords::changeRequired)).isFalse();
        String bearer = "Bearer " + as(user.username(), "READER", () -> tokens.create("Outil", null, true, PASSWORD)).token();
        assertThat(apiStatus(get("/api/v1/people").header("Authorization", bearer))).isEqualTo(200);
        assertThat(apiStatus(get("/api/v1/people").with(ApiTestSupport.basic(user.username(), PASSWORD)))).isEqualTo(200);

        as("admin", "ADMIN", () -> administration.resetPassword(user.id(), "Temporaire-Tamaulipas-77"));

        // the account may be in other hands: its tokens stop, and the administrator's password does not open the API
        assertThat(apiStatus(get("/api/v1/people").header("Authorization", bearer))).isEqualTo(401);
        MvcResult temporary = mvc.perform(get("/api/v1/people")
                .with(ApiTestSupport.basic(user.username(), "Temporaire-Tamaulipas-77"))).andReturn();
        assertThat(temporary.getResponse().getStatus()).isEqualTo(401);
        assertThat(temporary.getResponse().getContentAsString()).contains("api.basic.password-change-required");

        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login");
        MockHttpSession again = signIn(user.username(), "Temporaire-Tamaulipas-77");
        assertThat(as(user.username(), "READER", passwords::changeRequired)).isTrue();

        inSession(again, () -> as(user.username(), "READER", () -> {
            passwords.changeOwnPassword("Temporaire-Tamaulipas-77", "Definitive-Sonora-Hermosillo-3");
            return null;
        }));
        assertThat(as(user.username(), "READER", passwords::changeRequired)).isFalse();
        assertSignedIn(again);
        assertThat(apiStatus(get("/api/v1/people")
                .with(ApiTestSupport.basic(user.username(), "Definitive-Sonora-Hermosillo-3")))).isEqualTo(200);
    }

    private int apiStatus(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOneAndEndsTheOtherSessionsOnly() throws Exception {
        UserSummary user = newUser("change-seul", Role.READER);
        MockHttpSession here = signIn(user.username(), PASSWORD);
        MockHttpSession elsewhere = signIn(user.username(), PASSWORD);

        assertThatThrownBy(() -> as(user.username(), "READER", () -> {
            passwords.changeOwnPassword("pas-le-bon", "Definitive-Sonora-Hermosillo-3");
            return null;
        })).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("password.current.wrong"));
        assertThatThrownBy(() -> as(user.username(), "READER", () -> {
            passwords.changeOwnPassword(PASSWORD, "1qaz2wsx3edc");
            return null;
        })).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("password.too-common"));
        assertSignedIn(elsewhere);

        inSession(here, () -> as(user.username(), "READER", () -> {
            passwords.changeOwnPassword(PASSWORD, "Definitive-Sonora-Hermosillo-3");
            return null;
        }));

        assertSignedIn(here);
        assertThat(mvc.perform(get("/").session(elsewhere)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login");
        signIn(user.username(), "Definitive-Sonora-Hermosillo-3");
    }

    private UserSummary newUser(String prefix, Role role) {
        return as("admin", "ADMIN", () -> administration.create(new NewUser(prefix + System.nanoTime() % 100000,
                "Essai", null, EnumSet.of(role), PASSWORD)));
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of %s", username).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private void assertSignedIn(MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(get("/").session(session)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("still signed in").isNull();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(session.isInvalid()).isFalse();
    }

    private int writeStatus(String bearer) throws Exception {
        return mvc.perform(post("/api/v1/organisations").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse().getStatus();
    }

    /** Runs as if serving a request of this session (the session that changes its password stays). */
    private static void inSession(MockHttpSession session, java.util.function.Supplier<?> action) {
        var request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            action.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
