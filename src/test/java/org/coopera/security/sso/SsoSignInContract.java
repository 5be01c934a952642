package org.coopera.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.coopera.TestSecurity;
import org.coopera.workinggroup.WorkingGroupService;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Single sign-on through the real filter chains, against the tests' LDAP directory and OpenID
 * Connect provider ({@link SsoTestEnvironment}): LDAP bind and group mapping, a wrong password, a
 * person without a mapped group, and API calls with the provider's access tokens.
 *
 * <p>An interface, so that the end-to-end test of single sign-on (org.coopera.e2e.SsoE2EIT) runs
 * these tests too, on its application context: one extra context for all of single sign-on.
 */
public interface SsoSignInContract {

    /** The application context, configured by {@link SsoTest}. */
    WebApplicationContext applicationContext();

    /** Coopera's base URL (http://127.0.0.1:port: the provider refuses localhost redirect URIs), a client of the provider. */
    String cooperaBaseUrl();

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(applicationContext()).apply(springSecurity()).build();
    }

    private JdbcClient jdbc() {
        return applicationContext().getBean(JdbcClient.class);
    }

    private static List<String> authorities(MvcResult result) {
        var context = (SecurityContext) result.getRequest().getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context.getAuthentication().getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .sorted().toList();
    }

    private Map<String, Object> user(String username) {
        return jdbc().sql("""
                        select u.username, u.display_name, u.email, u.external_issuer, u.external_subject,
                               (select group_concat(r.role order by r.role) from user_account_role r where r.user_id = u.id) roles
                        from user_account u where u.username = :username""")
                .param("username", username).query().singleRow();
    }

    @Test
    default void anLdapPersonSignsInWithTheDirectoryPasswordAndGetsTheRolesOfHisOrHerGroups() throws Exception {
        MvcResult lucie = mvc().perform(formLogin("/login").user("lucie.martin").password("annuaire-Lucie-2013"))
                .andReturn();
        MvcResult jorge = mvc().perform(formLogin("/login").user("Jorge.Ramirez").password("annuaire-Jorge-1982"))
                .andReturn();

        assertThat(lucie.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(authorities(lucie)).containsExactly("ROLE_ADMIN", "ROLE_OFFICER");
        assertThat(jorge.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(authorities(jorge)).containsExactly("ROLE_OFFICER");
        assertThat(user("lucie.martin")).containsEntry("display_name", "Lucie Martin")
                .containsEntry("email", "lucie.martin@annuaire.coopera.test")
                .containsEntry("external_subject", "lucie.martin")
                .containsEntry("roles", "ADMIN,OFFICER");
        assertThat((String) user("lucie.martin").get("external_issuer")).startsWith("ldap://localhost:");
        assertThat(user("jorge.ramirez")).containsEntry("display_name", "Jorge Ramírez").containsEntry("roles", "OFFICER");

        // and over HTTP Basic on the API, with the same roles: an officer reads, but may not add an organisation
        mvc().perform(get("/api/v1/sectors").with(httpBasic("jorge.ramirez", "annuaire-Jorge-1982")))
                .andExpect(status().isOk());
        mvc().perform(post("/api/v1/organisations").with(httpBasic("jorge.ramirez", "annuaire-Jorge-1982"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Annuaire\", \"countryCode\": \"MX\", \"type\": \"NGO\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    default void aWrongDirectoryPasswordIsRefusedLikeAWrongCooperaPassword() throws Exception {
        MvcResult wrong = mvc().perform(formLogin("/login").user("lucie.martin").password("annuaire-Lucie-2014"))
                .andReturn();
        MvcResult unknown = mvc().perform(formLogin("/login").user("personne.inconnue").password("x"))
                .andReturn();

        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(wrong.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        mvc().perform(get("/api/v1/sectors").with(httpBasic("lucie.martin", "annuaire-Lucie-2014")))
                .andExpect(status().isUnauthorized());
        // a demo user of the database still signs in beside the directory
        assertThat(mvc().perform(formLogin("/login").user("gestionnaire").password("coopera-demo")).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    default void aDirectoryPersonWhoseGroupsGiveNoRoleIsRefusedAndNotCreated() throws Exception {
        MvcResult paul = mvc().perform(formLogin("/login").user("paul.sansgroupe").password("annuaire-Paul-2006"))
                .andReturn();

        assertThat(paul.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(paul.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isExactlyInstanceOf(NoRoleException.class);
        assertThat(jdbc().sql("select count(*) from user_account where username = 'paul.sansgroupe'")
                .query(Long.class).single()).isZero();
    }

    @Test
    default void theApiAcceptsTheProvidersAccessTokensWithTheSameRoleMapping() throws Exception {
        String redirect = cooperaBaseUrl() + "/login/oauth2/code/sso";
        TestIdentityProvider.allowClient(cooperaBaseUrl());
        String manager = TestIdentityProvider.accessToken("amelie.gagnon", redirect);
        String officer = TestIdentityProvider.accessToken("bruno.ortiz", redirect);

        mvc().perform(get("/api/v1/sectors").header("Authorization", "Bearer " + officer)).andExpect(status().isOk());
        mvc().perform(post("/api/v1/organisations").header("Authorization", "Bearer " + officer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Jeton SSO refusé\", \"countryCode\": \"MX\", \"type\": \"NGO\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
        mvc().perform(post("/api/v1/organisations").header("Authorization", "Bearer " + manager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Jeton SSO " + System.nanoTime() + "\", \"countryCode\": \"MX\", \"type\": \"NGO\"}"))
                .andExpect(status().isCreated());
        assertThat(user("amelie.gagnon")).containsEntry("roles", "MANAGER")
                .containsEntry("external_issuer", TestIdentityProvider.issuer());
        // the history of the linked user: created and changed by the person signing in
        assertThat(jdbc().sql("select distinct r.username from user_account_aud a join audit_revision r on r.id = a.rev"
                        + " join user_account u on u.id = a.id where u.username = 'amelie.gagnon'")
                .query(String.class).list()).containsExactly("amelie.gagnon");

        // the working groups an officer follows are Coopera's: a new sign-in keeps them
        long gtqm = jdbc().sql("select id from working_group where acronym = 'GTQM'").query(Long.class).single();
        var groups = applicationContext().getBean(WorkingGroupService.class);
        TestSecurity.as("admin", "ADMIN", () -> {
            var officers = new HashSet<>(groups.officers(gtqm));
            officers.add("bruno.ortiz");
            groups.assignOfficers(gtqm, officers);
            return null;
        });
        mvc().perform(get("/api/v1/sectors").header("Authorization", "Bearer "
                + TestIdentityProvider.accessToken("bruno.ortiz", redirect))).andExpect(status().isOk());
        assertThat(TestSecurity.as("admin", "ADMIN", () -> groups.isOfficerOf(gtqm, "bruno.ortiz"))).isTrue();
        assertThat(user("bruno.ortiz")).containsEntry("roles", "OFFICER");

        // a forged or foreign token is refused as a 401 problem, and Coopera's own tokens keep their own path
        String forged = manager.substring(0, manager.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        mvc().perform(get("/api/v1/sectors").header("Authorization", "Bearer " + forged))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("api.unauthorized"));
        mvc().perform(get("/api/v1/sectors").header("Authorization", "Bearer cpa_unknown"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("api.unauthorized"));
    }
}
