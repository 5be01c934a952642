package org.coopera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopera.TestSecurity.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.coopera.IntegrationTest;
import org.coopera.base.BusinessException;
import org.coopera.base.api.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** API tokens: created once, used as bearer tokens with the user's roles, revoked, expired, stored as hashes. */
@IntegrationTest
class ApiTokensIT {

    private static final String DEMO_PASSWORD = "coopera-demo";

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserAdministrationService administration;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = ApiTestSupport.mvc(context);
    }

    @Test
    void aTokenActsWithItsUsersRolesUntilItIsRevoked() throws Exception {
        CreatedApiToken created = as("lecteur", "READER", () -> tokens.create("Tableur du lecteur", null, false, DEMO_PASSWORD));
        assertThat(created.token()).startsWith(ApiTokenService.PREFIX).hasSizeGreaterThan(40);
        assertThat(created.token()).startsWith(created.summary().hint());
        assertThat(created.toString()).doesNotContain(created.token());
        String bearer = "Bearer " + created.token();

        mvc.perform(get("/api/v1/sectors").header("Authorization", bearer)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/organisations").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Jeton\", \"countryCode\": \"MX\", \"type\": \"NGO\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
        assertThat(as("lecteur", "READER", () -> tokens.mine())).filteredOn(t -> t.id() == created.summary().id())
                .singleElement().satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());

        as("lecteur", "READER", () -> tokens.revoke(created.summary().id()));
        mvc.perform(get("/api/v1/sectors").header("Authorization", bearer))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.code").value("api.unauthorized"));
        assertThat(as("lecteur", "READER", () -> tokens.mine())).filteredOn(t -> t.id() == created.summary().id())
                .singleElement().satisfies(t -> {
                    assertThat(t.revokedBy()).isEqualTo("lecteur");
                    assertThat(t.activeAt(java.time.Instant.now())).isFalse();
                });
    }

    @Test
    void unknownMalformedAndExpiredTokensAre401() throws Exception {
        mvc.perform(get("/api/v1/sectors").header("Authorization", "Bearer cpa_inconnu"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/sectors").header("Authorization", "Bearer n-importe-quoi"))
                .andExpect(status().isUnauthorized());
        CreatedApiToken created = as("gestionnaire", "MANAGER", () -> tokens.create("Court", LocalDate.now(ZoneOffset.UTC), false, DEMO_PASSWORD));
        mvc.perform(get("/api/v1/dashboard/summary").header("Authorization", "Bearer " + created.token()))
                .andExpect(status().isOk());
        jdbc.sql("update api_token set expires_at = :past where id = :id")
                .param("past", java.time.LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1)).param("id", created.summary().id())
                .update();
        mvc.perform(get("/api/v1/dashboard/summary").header("Authorization", "Bearer " + created.token()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void onlyTheHashIsStored() {
        CreatedApiToken created = as("agent", "OFFICER", () -> tokens.create("Script", null, false, DEMO_PASSWORD));
        String stored = jdbc.sql("select token_hash from api_token where id = :id").param("id", created.summary().id())
                .query(String.class).single();
        assertThat(stored).hasSize(64).isEqualTo(ApiTokenService.hash(created.token())).isNotEqualTo(created.token());
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t or token_hint = :t or name = :t")
                .param("t", created.token()).query(Long.class).single()).isZero();
    }

    @Test
    void aDisabledUsersTokenStopsWorking() throws Exception {
        String username = "jeton" + System.nanoTime() % 100000;
        UserSummary user = as("admin", "ADMIN", () -> administration.create(new NewUser(username, "Jeton", null,
                EnumSet.of(Role.READER), "Chiapas-Oaxaca-Yucatan")));
        CreatedApiToken created = as(username, "READER", () -> tokens.create("Outil", null, false, "Chiapas-Oaxaca-Yucatan"));
        mvc.perform(get("/api/v1/sectors").header("Authorization", "Bearer " + created.token())).andExpect(status().isOk());
        as("admin", "ADMIN", () -> administration.setEnabled(user.id(), user.version(), false));
        mvc.perform(get("/api/v1/sectors").header("Authorization", "Bearer " + created.token()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void ownersAndAdministratorsRevokeOthersDoNot() {
        CreatedApiToken created = as("lecteur", "READER", () -> tokens.create("À révoquer", null, false, DEMO_PASSWORD));
        long id = created.summary().id();
        assertThatThrownBy(() -> as("agent", "OFFICER", () -> tokens.revoke(id)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("agent", "OFFICER", () -> tokens.all(org.springframework.data.domain.PageRequest.of(0, 50))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(as("admin", "ADMIN", () -> tokens.all(org.springframework.data.domain.PageRequest.of(0, 200)))).extracting(ApiTokenSummary::id).contains(id);
        ApiTokenSummary revoked = as("admin", "ADMIN", () -> tokens.revoke(id));
        assertThat(revoked.revokedBy()).isEqualTo("admin");
        assertThat(revoked.username()).isEqualTo("lecteur");
        assertThat(as("admin", "ADMIN", () -> tokens.revoke(id)).revokedAt()).isEqualTo(revoked.revokedAt());
    }

    @Test
    void badNamesAndExpiryDatesAreRefused() {
        assertThatThrownBy(() -> as("lecteur", "READER", () -> tokens.create("  ", null, false, DEMO_PASSWORD)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("api-token.name.required"));
        assertThatThrownBy(() -> as("lecteur", "READER", () -> tokens.create("x".repeat(101), null, false, DEMO_PASSWORD)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("api-token.name.too-long"));
        assertThatThrownBy(() -> as("lecteur", "READER", () -> tokens.create("Hier", LocalDate.now(ZoneOffset.UTC).minusDays(1), false, DEMO_PASSWORD)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("api-token.expiry.range"));
        assertThatThrownBy(() -> as("lecteur", "READER", () -> tokens.create("Trop long",
                LocalDate.now(ZoneOffset.UTC).plusDays(ApiTokenService.MAX_DAYS + 1), false, DEMO_PASSWORD)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("api-token.expiry.range"));
        assertThatThrownBy(() -> tokens.create("Anonyme", null, false, DEMO_PASSWORD)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void creatingATokenAsksForThePasswordAndAWrongOneStoresNothing() {
        long before = jdbc.sql("select count(*) from api_token").query(Long.class).single();
        assertThatThrownBy(() -> as("agent", "OFFICER", () -> tokens.create("Sans mot de passe", null, true, "")))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("api-token.password.required"));
        assertThatThrownBy(() -> as("agent", "OFFICER", () -> tokens.create("Mauvais mot de passe", null, true, "pas-le-bon")))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("api-token.password.wrong"));
        assertThat(jdbc.sql("select count(*) from api_token").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aReadOnlyTokenGets403OnEveryWriteAReadWriteTokenDoesNot() throws Exception {
        CreatedApiToken readOnly = as("gestionnaire", "MANAGER", () -> tokens.create("Lecture", null, true, DEMO_PASSWORD));
        CreatedApiToken readWrite = as("gestionnaire", "MANAGER", () -> tokens.create("Écriture", null, false, DEMO_PASSWORD));
        assertThat(readOnly.summary().readOnly()).isTrue();
        assertThat(readWrite.summary().readOnly()).isFalse();
        String bearer = "Bearer " + readOnly.token();
        long organisations = jdbc.sql("select count(*) from organisation").query(Long.class).single();

        mvc.perform(get("/api/v1/sectors").header("Authorization", bearer)).andExpect(status().isOk());
        String body = "{\"name\": \"Lecture seule\", \"countryCode\": \"MX\", \"type\": \"NGO\"}";
        mvc.perform(post("/api/v1/organisations").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("api.read-only-token"));
        for (var write : java.util.List.of(put("/api/v1/organisations/1"), patch("/api/v1/organisations/1"),
                delete("/api/v1/organisations/1"))) {
            mvc.perform(write.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single()).isEqualTo(organisations);

        // the same user's read-write token passes the same check (and then fails on the empty body)
        mvc.perform(post("/api/v1/organisations").header("Authorization", "Bearer " + readWrite.token())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void tokensMadeBeforeTheAccessColumnStayReadWrite() {
        long user = jdbc.sql("select id from user_account where username = 'agent'").query(Long.class).single();
        // a row as an older version wrote it: no read_only column in the insert
        jdbc.sql("insert into api_token (version, user_id, name, token_hash, token_hint, created_at) "
                        + "values (0, :user, 'Ancien', :hash, 'cpa_ancien', now(6))")
                .param("user", user).param("hash", ApiTokenService.hash("cpa_ancien" + System.nanoTime())).update();
        assertThat(jdbc.sql("select read_only from api_token where name = 'Ancien' and user_id = :user")
                .param("user", user).query(Boolean.class).list()).isNotEmpty().containsOnly(false);
    }
}
