package org.coopera.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.TestSecurity.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coopera.IntegrationTest;
import org.coopera.security.ApiTokenService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Fuzzes the JSON bodies of the API's writes (bulletins, programmes, projects, status updates), on the
 * whole application and its database: each input is one request, its body either a valid body whose
 * fields the fuzzer replaces (by text, numbers, wrong types, nulls, broken JSON) or raw bytes. Whatever
 * the body, the answer is never a 5xx (MockMvc would also rethrow an exception nothing handled), and a
 * refused request (4xx) stores nothing: the row count of every table, and of the audit revisions, is
 * the same after it as before. Runs in a JVM of its own (fresh embedded database: what the fuzzer
 * creates stays out of the other tests' data); how long: see the pom (fuzz.api.*).
 */
@IntegrationTest
@Tag(IntegrationTest.OWN_JVM)
class ApiBodiesFuzzIT extends ApiWritesTestBase {

    /** Every table of the schema but the lock table and the audit copies (a write to those makes a revision). */
    private static final List<String> TABLES = List.of("audit_revision", "user_account", "user_account_role", "country",
            "sector", "jurisdiction", "organisation", "person", "working_group", "co_chair", "meeting",
            "meeting_co_chair", "working_group_officer", "program", "program_theme", "project", "project_partner",
            "project_theme", "program_baseline", "stored_file", "stored_file_content", "status_update",
            "status_update_attachment", "status_update_step", "project_follow", "project_overdue", "policy",
            "policy_objective", "action_plan", "measure", "measure_partner", "measure_link", "progress_report",
            "measure_progress", "bulletin", "bulletin_link", "bulletin_document", "bulletin_subject",
            "dashboard_project", "generated_report", "api_token", "security_event", "user_recovery_code");
    private static final String COUNTS = TABLES.stream().map(t -> "(select count(*) from " + t + ")")
            .collect(Collectors.joining(", ", "select concat_ws(',', ", ")"));

    private static final String[] ODD_VALUES = {"null", "true", "false", "[]", "{}", "\"\"", "\" \"", "0", "-1",
            "1e999", "-0.0", "9223372036854775808", "-9223372036854775809", "1.5", "\"2001-02-30\"", "\"0000-01-01\"",
            "\"+999999999-12-31\"", "\"9999-12-31\"", "[null]", "[1, 2]", "{\"a\": 1}", "\"\\u0000\"", "\"\\ud800\"",
            "\"<script>alert(1)</script>\"", "\"javascript:alert(1)\"", "\"DRAFT\"", "\"PUBLISHED\"", "\"x\"",
            "[\"YOUTH\", \"YOUTH\"]", "[\"NOPE\"]", "123456789012", "\"" + "x".repeat(70_000) + "\""};
    private static final String[] CONTENT_TYPES = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE,
            MediaType.APPLICATION_JSON_VALUE, "application/json;charset=ISO-8859-1", "application/json;charset=nope",
            MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_XML_VALUE, "application/merge-patch+json", null};

    private record Field(String name, String valid) {
    }

    /** A write: its method, path, the resource whose version If-Match names (PUT), and a valid body's fields. */
    private record Target(String method, String path, String versionTable, long id, List<Field> fields) {
    }

    /** Created once per JVM (during fuzzing the test instance lives on; in regression it does not). */
    private static List<Target> targets;
    private static String managerToken;
    private static String officerToken;
    private static boolean connectionsAllowed;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiTokenService tokens;

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "")
    void everyWriteBodyIsAnsweredBelow500AndARefusalStoresNothing(FuzzedDataProvider data) throws Exception {
        prepare();
        if (!connectionsAllowed) {
            // Jazzer's request-forgery detector refuses every connection unless told: the pool's to the embedded database
            BugDetectors.allowNetworkConnections((host, port) -> "localhost".equals(host) || "127.0.0.1".equals(host));
            connectionsAllowed = true;
        }
        Target target = data.pickValue(targets);
        boolean raw = data.consumeInt(0, 3) == 0;
        String contentType = data.pickValue(CONTENT_TYPES);
        String token = data.consumeInt(0, 7) == 0 ? officerToken : managerToken;
        String ifMatch = null;
        if (target.versionTable() != null) {
            ifMatch = data.consumeInt(0, 7) == 0 ? data.consumeString(20)
                    : "\"" + jdbc.queryForObject("select version from " + target.versionTable() + " where id = ?",
                            Long.class, target.id()) + "\"";
        }
        byte[] body = raw ? data.consumeRemainingAsBytes() : json(target, data).getBytes(UTF_8);

        MockHttpServletRequestBuilder request = ("PUT".equals(target.method()) ? put(target.path()) : post(target.path()))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).content(body);
        if (contentType != null) {
            request.header(HttpHeaders.CONTENT_TYPE, contentType);
        }
        if (ifMatch != null && !ifMatch.isEmpty()) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        String before = counts();
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String description = target.method() + " " + target.path() + " " + new String(body,
                UTF_8) + " -> " + status + " " + response.getContentAsString();
        assertThat(status).as(description).isLessThan(500);
        if (status >= 400) {
            assertThat(counts()).as("row counts after a refusal: " + description).isEqualTo(before);
        }
    }

    /** The first finding: a control character in If-Match was a 500 (Spring Security's firewall refuses it). */
    @Test
    void aControlCharacterInAHeaderIsABadRequest() throws Exception {
        prepare();
        Target bulletin = targets.get(1);
        String before = counts();
        MockHttpServletResponse response = mvc.perform(put(bulletin.path())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + managerToken).header(HttpHeaders.IF_MATCH, "\"0\u0085\"")
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"code\":\"api.request.rejected\"");
        assertThat(counts()).isEqualTo(before);
    }

    /** The second: a null in a bulletin's list ("links": [null]) was a 500. */
    @Test
    void aNullInABulletinsListIsABadRequest() throws Exception {
        prepare();
        Target bulletin = targets.get(0);
        String before = counts();
        String body = bulletin.fields().stream().map(f -> quote(f.name()) + ": "
                + ("links".equals(f.name()) ? "[null]" : f.valid())).collect(Collectors.joining(", ", "{", "}"));
        MockHttpServletResponse response = mvc.perform(post(bulletin.path())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + managerToken).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("links");
        assertThat(counts()).isEqualTo(before);
    }

    private String counts() {
        return jdbc.queryForObject(COUNTS, String.class);
    }

    /** A valid body, each field kept or replaced, sometimes left out, sometimes with a field the API does not know. */
    private static String json(Target target, FuzzedDataProvider data) {
        List<String> members = new ArrayList<>();
        for (Field field : target.fields()) {
            int choice = data.consumeInt(0, 15);
            String value = switch (choice) {
                case 0 -> null; // left out
                case 1 -> quote(data.consumeString(300));
                case 2 -> String.valueOf(data.consumeLong());
                case 3 -> data.pickValue(ODD_VALUES);
                case 4 -> data.consumeString(30); // anything, most often not JSON
                case 5 -> String.valueOf(data.consumeDouble());
                case 6 -> field.valid().startsWith("\"")
                        ? field.valid().substring(0, field.valid().length() - 1) + escape(data.consumeString(50)) + "\""
                        : "[" + field.valid() + "]";
                default -> field.valid();
            };
            if (value != null) {
                members.add(quote(field.name()) + ": " + value);
            }
        }
        if (data.consumeInt(0, 15) == 0) {
            members.add(quote(data.consumeString(20)) + ": " + data.pickValue(ODD_VALUES));
        }
        return "{" + String.join(", ", members) + "}";
    }

    private static String quote(String text) {
        return "\"" + escape(text) + "\"";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    // ---- the records the requests write to: the test's own ----------------------------------------

    private void prepare() throws Exception {
        if (targets != null) {
            return;
        }
        managerToken = as("gestionnaire", "MANAGER",
                () -> tokens.create("Fuzz gestionnaire", null, false, ApiTestSupport.DEMO_PASSWORD)).token();
        officerToken = as("agent", "OFFICER",
                () -> tokens.create("Fuzz agent", null, false, ApiTestSupport.DEMO_PASSWORD)).token();
        long group = ownGroup();
        long culture = as("admin", "ADMIN", () -> sectors.byCode("CUL")).orElseThrow().id();

        List<Field> program = List.of(new Field("workingGroupId", String.valueOf(group)), new Field("startYear", "2015"),
                new Field("endYear", "2017"), new Field("adoptedAtMeetingId", "null"),
                new Field("priorities", "\"Jeunesse\""), new Field("status", "\"ADOPTED\""),
                new Field("themes", "[\"YOUTH\"]"));
        long programId = create("/api/v1/programs", program);
        List<Field> project = List.of(new Field("programId", String.valueOf(programId)), new Field("code", "\"FZ-1\""),
                new Field("titleFr", "\"Titre\""), new Field("titleEn", "\"Title\""),
                new Field("sectorId", String.valueOf(culture)), new Field("leadOrgQuebecId", "null"),
                new Field("leadOrgPartnerId", "null"), new Field("partnerIds", "[]"),
                new Field("startDate", "\"2015-07-01\""), new Field("endDate", "\"2017-06-30\""),
                new Field("budget", "250000.50"), new Field("status", "\"IMPLEMENTATION\""),
                new Field("health", "\"ON_TRACK\""), new Field("themes", "[\"YOUTH\"]"),
                new Field("description", "\"Un **projet**.\""), new Field("carriedOverFromId", "null"));
        long projectId = create("/api/v1/projects", project);
        List<Field> update = List.of(new Field("date", "\"2016-01-15\""), new Field("status", "\"IMPLEMENTATION\""),
                new Field("health", "\"AT_RISK\""), new Field("progressPercent", "40"),
                new Field("narrative", "\"Deux ateliers tenus.\""), new Field("nextSteps", "\"Un troisième.\""),
                new Field("changeReason", "\"Retard des visas\""), new Field("submit", "false"));
        List<Field> bulletin = List.of(new Field("date", "\"2001-06-20\""), new Field("title", "\"Bulletin fuzz\""),
                new Field("body", "\"Le **groupe** s’est réuni.\""), new Field("language", "\"fr\""),
                new Field("status", "\"DRAFT\""), new Field("photoCaption", "null"), new Field("photoCredit", "null"),
                new Field("links", "[{\"label\": \"Site\", \"url\": \"https://example.org/api\"}]"),
                new Field("subjects", "[{\"subjectType\": \"WORKING_GROUP\", \"subjectId\": " + group + "}]"));
        long bulletinId = create("/api/v1/bulletins", bulletin);
        List<Field> projectChange = project.subList(1, project.size());
        targets = List.of(
                new Target("POST", "/api/v1/bulletins", null, 0, bulletin),
                new Target("PUT", "/api/v1/bulletins/" + bulletinId, "bulletin", bulletinId, bulletin),
                new Target("POST", "/api/v1/programs", null, 0, program),
                new Target("POST", "/api/v1/projects", null, 0, project),
                new Target("PUT", "/api/v1/projects/" + projectId, "project", projectId, projectChange),
                new Target("POST", "/api/v1/projects/" + projectId + "/status-updates", null, 0, update));
        // the records answer as expected, so that a refusal below is the body's doing
        assertThat(mvc.perform(get("/api/v1/projects/" + projectId).header(HttpHeaders.AUTHORIZATION,
                "Bearer " + managerToken)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private long create(String path, List<Field> fields) throws Exception {
        String body = fields.stream().map(f -> quote(f.name()) + ": " + f.valid()).collect(Collectors.joining(", ", "{", "}"));
        MockHttpServletResponse response = mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + managerToken)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " " + response.getContentAsString()).isEqualTo(201);
        Map<String, Object> created = com.jayway.jsonpath.JsonPath.read(response.getContentAsString(), "$");
        return ((Number) created.get("id")).longValue();
    }
}
