package org.coopera.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.TestSecurity.as;
import static org.coopera.base.api.ApiTestSupport.ADMIN;
import static org.coopera.base.api.ApiTestSupport.MANAGER;
import static org.coopera.base.api.ApiTestSupport.OFFICER;
import static org.coopera.base.api.ApiTestSupport.READER;
import static org.coopera.base.api.ApiTestSupport.body;
import static org.coopera.base.api.ApiTestSupport.read;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.coopera.IntegrationTest;
import org.coopera.program.ProgramDraft;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramStatus;
import org.coopera.program.ProgramSummary;
import org.coopera.program.Theme;
import org.coopera.reference.JurisdictionKind;
import org.coopera.reference.JurisdictionRef;
import org.coopera.reference.PartnerService;
import org.coopera.reference.ReferenceDrafts.JurisdictionDraft;
import org.coopera.reference.SectorService;
import org.coopera.security.NewUser;
import org.coopera.security.Role;
import org.coopera.security.UserAdministrationService;
import org.coopera.workinggroup.WorkingGroupDraft;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * The REST API through the real security chain and controllers: every resource, permissions per
 * role, paging, filters, optimistic locking over ETag/If-Match, refused input as problem details,
 * the dashboard summary and the report documents. Changes happen in a working group of the test's
 * own, so that the demo GTQM's figures stay untouched.
 */
@IntegrationTest
class ApiIT {

    static final String PASSWORD = "Papaloapan-Veracruz-2014";

    @Autowired
    WebApplicationContext context;
    @Autowired
    WorkingGroupService workingGroups;
    @Autowired
    ProgramService programs;
    @Autowired
    PartnerService partners;
    @Autowired
    SectorService sectors;
    @Autowired
    UserAdministrationService users;

    MockMvc mvc;
    long gtqm;
    long gtqmProgram;

    @BeforeEach
    void setUp() throws Exception {
        mvc = ApiTestSupport.mvc(context);
        MvcResult groups = mvc.perform(get("/api/v1/working-groups").param("q", "GTQM").with(READER))
                .andExpect(status().isOk()).andReturn();
        gtqm = ((Number) read(groups, "$.items[0].id")).longValue();
        MvcResult list = mvc.perform(get("/api/v1/programs").param("workingGroup", "GTQM").with(READER)).andReturn();
        List<Integer> ids = read(list, "$.items[?(@.startYear == 2013)].id");
        gtqmProgram = ids.getFirst();
    }

    // ---- authentication --------------------------------------------------------------------

    @Test
    void anonymousCallersGet401WithBothChallengesAsProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/projects"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().stringValues("WWW-Authenticate", hasItem(startsWith("Basic realm=\"Coopera\""))))
                .andExpect(header().stringValues("WWW-Authenticate", hasItem(startsWith("Bearer"))))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Authentification requise"))
                .andExpect(jsonPath("$.instance").value("/api/v1/projects"));
        mvc.perform(get("/api/v1/projects").with(ApiTestSupport.basic("lecteur", "pas-le-bon")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("api.unauthorized"));
    }

    @Test
    void theApiIsStatelessAndNeedsNoCsrfToken() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/sectors").with(READER)).andExpect(status().isOk()).andReturn();
        assertThat(result.getRequest().getSession(false)).as("no session for an API call").isNull();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        // a change without any CSRF token goes through (a 400 for the empty body, not a 403 for CSRF)
        mvc.perform(post("/api/v1/organisations").with(MANAGER).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void repeatedBasicFailuresMakeTheNameWaitAsOnTheSignInPage() throws Exception {
        String username = "api-verrou" + System.nanoTime() % 100000;
        as("admin", "ADMIN", () -> users.create(new NewUser(username, "Verrou API", null, EnumSet.of(Role.READER),
                PASSWORD)));
        mvc.perform(get("/api/v1/sectors").with(ApiTestSupport.basic(username, PASSWORD))).andExpect(status().isOk());
        // five free failures, and the sixth starts the wait (coopera.security.login-throttle)
        for (int attempt = 0; attempt < 6; attempt++) {
            mvc.perform(get("/api/v1/sectors").with(ApiTestSupport.basic(username, "faux"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/sectors").with(ApiTestSupport.basic(username, PASSWORD)))
                .andExpect(status().isTooManyRequests());
    }

    // ---- reading ---------------------------------------------------------------------------

    @Test
    void everyResourceAnswersAReader() throws Exception {
        mvc.perform(get("/api/v1/working-groups/{id}", gtqm).with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.acronym").value("GTQM"))
                .andExpect(header().string("ETag", startsWith("\"")));
        MvcResult meetings = mvc.perform(get("/api/v1/working-groups/{id}/meetings", gtqm).with(READER))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].number", hasItem(14))).andReturn();
        List<Integer> meetingIds = read(meetings, "$[?(@.number == 14)].id");
        mvc.perform(get("/api/v1/meetings/{id}", meetingIds.getFirst()).with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.place").value(containsString("Mexico")));
        mvc.perform(get("/api/v1/programs/{id}", gtqmProgram).with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.projectCount").value(greaterThanOrEqualTo(24)));
        MvcResult projects = mvc.perform(get("/api/v1/projects").param("program", String.valueOf(gtqmProgram))
                .param("size", "5").with(READER)).andExpect(status().isOk()).andReturn();
        int projectId = read(projects, "$.items[0].id");
        mvc.perform(get("/api/v1/projects/{id}", projectId).with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.workingGroupAcronym").value("GTQM"))
                .andExpect(jsonPath("$.themes").isArray());
        mvc.perform(get("/api/v1/projects/{id}/status-updates", projectId).with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$").isArray());
        mvc.perform(get("/api/v1/sectors").with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("CUL")));
        mvc.perform(get("/api/v1/countries").param("q", "mexique").with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].code").value("MX"));
        mvc.perform(get("/api/v1/countries/MX").with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.nameEn").value("Mexico"));
        MvcResult organisations = mvc.perform(get("/api/v1/organisations").param("country", "MX").with(READER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(greaterThan(0))).andReturn();
        int organisationId = read(organisations, "$.items[0].id");
        mvc.perform(get("/api/v1/organisations/{id}", organisationId).with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.countryCode").value("MX"));
        MvcResult policies = mvc.perform(get("/api/v1/policies").with(READER)).andExpect(status().isOk()).andReturn();
        int policyId = read(policies, "$[0].id");
        mvc.perform(get("/api/v1/policies/{id}/objectives", policyId).with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(5));
        MvcResult plans = mvc.perform(get("/api/v1/policies/{id}/action-plans", policyId).with(READER))
                .andExpect(status().isOk()).andReturn();
        int planId = read(plans, "$[0].id");
        MvcResult measures = mvc.perform(get("/api/v1/measures").param("actionPlan", String.valueOf(planId))
                .with(READER)).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(5)).andReturn();
        List<Integer> measureIds = read(measures, "$[*].measures[*].id");
        assertThat(measureIds).isNotEmpty();
        mvc.perform(get("/api/v1/measures/{id}", measureIds.getFirst()).with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.actionPlanId").value(planId));
        mvc.perform(get("/api/v1/measures").with(READER)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("api.measures.action-plan"));
        MvcResult bulletins = mvc.perform(get("/api/v1/bulletins").with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(greaterThanOrEqualTo(2))).andReturn();
        int bulletinId = read(bulletins, "$.items[0].id");
        mvc.perform(get("/api/v1/bulletins/{id}", bulletinId).with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").isString());
        mvc.perform(get("/api/v1/bulletins").param("q", "Mexique").param("workingGroup", String.valueOf(gtqm))
                .with(READER)).andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(greaterThan(0)));
    }

    @Test
    void unknownRecordsAndAddressesAre404ProblemDetails() throws Exception {
        for (String path : new String[] {"/api/v1/projects/987654321", "/api/v1/working-groups/987654321",
                "/api/v1/programs/987654321", "/api/v1/organisations/987654321", "/api/v1/meetings/987654321",
                "/api/v1/measures/987654321", "/api/v1/bulletins/987654321", "/api/v1/countries/QQ",
                "/api/v1/projects/987654321/status-updates", "/api/v1/nothing-here"}) {
            mvc.perform(get(path).with(READER)).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.title").value("Introuvable"))
                    .andExpect(jsonPath("$.detail").isString());
        }
    }

    // ---- paging and filters ----------------------------------------------------------------

    @Test
    void projectListsArePagedWithAMaximumSize() throws Exception {
        MvcResult first = mvc.perform(get("/api/v1/projects").param("program", String.valueOf(gtqmProgram))
                .param("size", "10").with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(10))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(10)).andReturn();
        int total = read(first, "$.totalItems");
        assertThat(total).isGreaterThanOrEqualTo(24);
        assertThat((int) read(first, "$.totalPages")).isEqualTo((total + 9) / 10);
        MvcResult second = mvc.perform(get("/api/v1/projects").param("program", String.valueOf(gtqmProgram))
                .param("size", "10").param("page", "1").with(READER)).andExpect(status().isOk()).andReturn();
        List<Integer> firstIds = read(first, "$.items[*].id");
        List<Integer> secondIds = read(second, "$.items[*].id");
        assertThat(secondIds).hasSize(10).doesNotContainAnyElementsOf(firstIds);
        MvcResult last = mvc.perform(get("/api/v1/projects").param("program", String.valueOf(gtqmProgram))
                .param("size", "10").param("page", String.valueOf(total / 10)).with(READER)).andReturn();
        assertThat((int) read(last, "$.totalItems")).isEqualTo(total);

        for (String[] bad : new String[][] {{"size", "201"}, {"size", "0"}, {"page", "-1"}}) {
            mvc.perform(get("/api/v1/projects").param(bad[0], bad[1]).with(READER))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("api.paging.invalid"))
                    .andExpect(jsonPath("$.detail").value(containsString("200")));
        }
    }

    @Test
    void projectFiltersNarrowTheList() throws Exception {
        long research = sectors.byCode("RI").or(() -> sectors.all().stream().filter(s -> s.isAxis()).findFirst())
                .orElseThrow().id();
        String axis = sectors.all().stream().filter(s -> s.id() == research).findFirst().orElseThrow().code();
        mvc.perform(get("/api/v1/projects").param("workingGroup", String.valueOf(gtqm)).param("size", "200")
                        .with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].workingGroupAcronym", everyItem(is("GTQM"))))
                .andExpect(jsonPath("$.totalItems").value(greaterThanOrEqualTo(24)));
        mvc.perform(get("/api/v1/projects").param("sector", String.valueOf(research)).param("size", "200")
                        .with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].axisCode", everyItem(is(axis))))
                .andExpect(jsonPath("$.totalItems").value(greaterThan(0)));
        mvc.perform(get("/api/v1/projects").param("country", "mx").param("size", "200").with(READER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].countryCode", everyItem(is("MX"))));
        mvc.perform(get("/api/v1/projects").param("status", "IMPLEMENTATION").param("health", "ON_TRACK")
                        .param("size", "200").with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].status", everyItem(is("IMPLEMENTATION"))))
                .andExpect(jsonPath("$.items[*].health", everyItem(is("ON_TRACK"))));
        mvc.perform(get("/api/v1/projects").param("workingGroup", String.valueOf(gtqm)).param("from", "2014")
                        .param("to", "2014").param("size", "200").with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].programPeriod", everyItem(is("2013-2015"))))
                .andExpect(jsonPath("$.totalItems").value(greaterThanOrEqualTo(24)));
        mvc.perform(get("/api/v1/projects").param("from", "2090").with(READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void wrongParameterTypesAreFieldErrors() throws Exception {
        mvc.perform(get("/api/v1/projects").param("program", "abc").with(READER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("program"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Long")));
        mvc.perform(get("/api/v1/projects").param("status", "FINI").with(READER).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("IMPLEMENTATION")));
    }

    // ---- changes, optimistic locking, refused input ----------------------------------------

    /** A working group, programme and officer of the test's own. */
    record Own(WorkingGroupSummary group, ProgramSummary program, String officer, long culture) {
    }

    Own own() {
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        return as("admin", "ADMIN", () -> {
            JurisdictionRef bavaria = partners.findJurisdictions("Bavière", PageRequest.of(0, 1)).stream().findFirst()
                    .orElseGet(() -> partners.createJurisdiction(new JurisdictionDraft("DE",
                            JurisdictionKind.FEDERATED_STATE, "DE-BY", "Bavière", "Bavaria")));
            var group = workingGroups.create(new WorkingGroupDraft("API" + suffix, "Groupe API " + suffix,
                    "API group " + suffix, bavaria.id(), LocalDate.of(1990, 1, 1), null, null, true));
            var program = programs.create(new ProgramDraft(group.id(), 2015, 2017, null, null, ProgramStatus.ADOPTED,
                    Set.of(Theme.YOUTH)));
            String officer = "api-agent" + suffix;
            users.create(new NewUser(officer, "Agent API", null, EnumSet.of(Role.OFFICER), PASSWORD));
            workingGroups.assignOfficers(group.id(), Set.of(officer));
            return new Own(group, program, officer, sectors.byCode("CUL").orElseThrow().id());
        });
    }

    static String project(Long programId, String code, long sectorId, String extra) {
        return """
                {%s"code": "%s", "titleFr": "Titre %s", "titleEn": "Title %s", "sectorId": %d,
                 "startDate": "2015-07-01", "endDate": "2017-06-30", "budget": 125000.50,
                 "status": "IMPLEMENTATION", "health": "ON_TRACK", "themes": ["YOUTH"]%s}"""
                .formatted(programId == null ? "" : "\"programId\": " + programId + ", ", code, code, code, sectorId,
                        extra);
    }

    @Test
    void anOfficerCreatesAndChangesAProjectWithIfMatch() throws Exception {
        Own own = own();
        var officer = ApiTestSupport.basic(own.officer(), PASSWORD);
        MvcResult created = mvc.perform(post("/api/v1/projects").with(officer).contentType(MediaType.APPLICATION_JSON)
                        .content(project(own.program().id(), "API-1", own.culture(), "")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/projects/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.code").value("API-1"))
                .andExpect(jsonPath("$.budget").value(125000.50))
                .andExpect(jsonPath("$.themes[0]").value("YOUTH")).andReturn();
        int id = read(created, "$.id");

        String changed = project(null, "API-1", own.culture(), "").replace("Title API-1", "Title API-1, changed");
        mvc.perform(put("/api/v1/projects/{id}", id).with(officer).contentType(MediaType.APPLICATION_JSON)
                        .content(changed))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.status").value(428))
                .andExpect(jsonPath("$.code").value("api.if-match.required"));
        mvc.perform(put("/api/v1/projects/{id}", id).with(officer).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.titleEn").value("Title API-1, changed"));
        mvc.perform(put("/api/v1/projects/{id}", id).with(officer).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.code").value("api.stale"));
        mvc.perform(get("/api/v1/projects/{id}", id).with(READER))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.titleEn").value("Title API-1, changed"));

        // the demo officer follows the GTQM only, and a reader changes nothing
        mvc.perform(put("/api/v1/projects/{id}", id).with(OFFICER).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Accès refusé"));
        mvc.perform(post("/api/v1/projects").with(READER).contentType(MediaType.APPLICATION_JSON)
                        .content(project(own.program().id(), "API-2", own.culture(), "")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
        // a manager may change every project; saving it unchanged keeps its version
        mvc.perform(put("/api/v1/projects/{id}", id).with(MANAGER).header("If-Match", "W/\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put("/api/v1/projects/{id}", id).with(MANAGER).header("If-Match", "W/\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(changed.replace("Title API-1, changed",
                                "Title API-1, changed by a manager")))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.titleEn").value("Title API-1, changed by a manager"));
        // duplicate code: 409 with the rule's message
        mvc.perform(post("/api/v1/projects").with(officer).contentType(MediaType.APPLICATION_JSON)
                        .content(project(own.program().id(), "API-1", own.culture(), "")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("project.code.taken"))
                .andExpect(jsonPath("$.detail").value(containsString("API-1")));
        // a rule of the domain: 422
        mvc.perform(post("/api/v1/projects").with(officer).contentType(MediaType.APPLICATION_JSON)
                        .content(project(own.program().id(), "API-3", own.culture(), "")
                                .replace("2017-06-30", "2014-01-01")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("validation.dates.order"));
        mvc.perform(get("/api/v1/projects").param("program", String.valueOf(own.program().id())).with(READER))
                .andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void badBodiesAreRefusedFieldByFieldAndNothingIsStored() throws Exception {
        Own own = own();
        var officer = ApiTestSupport.basic(own.officer(), PASSWORD);
        long programId = own.program().id();
        // unknown field
        mvc.perform(post("/api/v1/projects").with(officer).contentType(MediaType.APPLICATION_JSON)
                        .content(project(programId, "BAD-1", own.culture(), ", \"colour\": \"blue\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("colour"))
                .andExpect(jsonPath("$.errors[0].message").value("Champ inconnu."));
        // wrong types
        mvc.perform(post("/api/v1/projects").with(officer).contentType(MediaType.APPLICATION_JSON)
                        .content(project(programId, "BAD-2", own.culture(), "").replace("125000.50", "\"beaucoup\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("budget"));
        mvc.perform(post("/api/v1/projects").with(officer).contentType(MediaType.APPLICATION_JSON)
                        .content(project(programId, "BAD-3", own.culture(), "").replace("\"IMPLEMENTATION\"", "\"FINI\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(post("/api/v1/projects").with(officer).contentType(MediaType.APPLICATION_JSON)
                        .content(project(programId, "BAD-4", own.culture(), "").replace("\"2015-07-01\"", "\"1er juillet\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startDate"));
        mvc.perform(post("/api/v1/projects").with(officer).contentType(MediaType.APPLICATION_JSON)
                        .content(project(programId, "BAD-5", own.culture(), "").replace("[\"YOUTH\"]", "[\"YOUTH\", 7]")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("themes[1]"));
        // validation, in the caller's language
        mvc.perform(post("/api/v1/projects").with(officer).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content(project(programId, "", own.culture(), "").replace("\"Title \"", "\"\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message", hasItem("This field is required.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'titleEn')]").isNotEmpty());
        mvc.perform(post("/api/v1/projects").with(officer).contentType(MediaType.APPLICATION_JSON)
                        .content(project(null, "BAD-6", own.culture(), "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("programId"))
                .andExpect(jsonPath("$.errors[0].message").value("Ce champ est obligatoire."));
        // not JSON, wrong content type
        mvc.perform(post("/api/v1/projects").with(officer).contentType(MediaType.APPLICATION_JSON).content("{\"code\":"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("api.body.malformed"));
        mvc.perform(post("/api/v1/projects").with(officer).contentType(MediaType.TEXT_PLAIN).content("code=X"))
                .andExpect(status().isUnsupportedMediaType()).andExpect(jsonPath("$.status").value(415));
        mvc.perform(get("/api/v1/projects").param("program", String.valueOf(programId)).with(READER))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void organisationsAreCreatedAndChangedByManagers() throws Exception {
        String name = "Université API " + System.nanoTime() % 1_000_000;
        String body = "{\"name\": \"%s\", \"acronym\": \"UAPI\", \"countryCode\": \"MX\", \"type\": \"UNIVERSITY\"}";
        mvc.perform(post("/api/v1/organisations").with(READER).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(name))).andExpect(status().isForbidden());
        MvcResult created = mvc.perform(post("/api/v1/organisations").with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(name)))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\"")).andReturn();
        int id = read(created, "$.id");
        mvc.perform(post("/api/v1/organisations").with(MANAGER).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(name))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("organisation.exists"));
        mvc.perform(put("/api/v1/organisations/{id}", id).with(ADMIN).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(name + " (renommée)")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value(name + " (renommée)"))
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put("/api/v1/organisations/{id}", id).with(ADMIN).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted(name))).andExpect(status().isPreconditionFailed());
        mvc.perform(put("/api/v1/organisations/{id}", id).with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted(name))).andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/organisations/{id}", id).with(ADMIN).header("If-Match", "*")
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted(name))).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/organisations").with(MANAGER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \" \", \"countryCode\": \"MX\", \"type\": \"NGO\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void statusUpdatesAreLoggedChangedAndApproved() throws Exception {
        Own own = own();
        var officer = ApiTestSupport.basic(own.officer(), PASSWORD);
        MvcResult project = mvc.perform(post("/api/v1/projects").with(officer).contentType(MediaType.APPLICATION_JSON)
                .content(project(own.program().id(), "UPD-1", own.culture(), ""))).andExpect(status().isCreated()).andReturn();
        int projectId = read(project, "$.id");
        String update = """
                {"date": "%s", "status": "IMPLEMENTATION", "health": "AT_RISK", "progressPercent": 40,
                 "narrative": "Deux ateliers tenus.", "changeReason": "Retard des visas", "submit": false}"""
                .formatted(LocalDate.now());
        mvc.perform(post("/api/v1/projects/{id}/status-updates", projectId).with(READER)
                .contentType(MediaType.APPLICATION_JSON).content(update)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/projects/{id}/status-updates", projectId).with(officer)
                        .contentType(MediaType.APPLICATION_JSON).content(update.replace("40", "140")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("progressPercent"));
        MvcResult created = mvc.perform(post("/api/v1/projects/{id}/status-updates", projectId).with(officer)
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("DRAFT")).andReturn();
        int updateId = read(created, "$.id");
        // a draft is its author's only
        mvc.perform(get("/api/v1/projects/{id}/status-updates/{u}", projectId, updateId).with(READER))
                .andExpect(status().isNotFound());
        MvcResult read = mvc.perform(get("/api/v1/projects/{id}/status-updates/{u}", projectId, updateId).with(officer))
                .andExpect(status().isOk()).andReturn();
        String etag = read.getResponse().getHeader("ETag");
        mvc.perform(put("/api/v1/projects/{id}/status-updates/{u}", projectId, updateId).with(officer)
                .contentType(MediaType.APPLICATION_JSON).content(update)).andExpect(status().isPreconditionRequired());
        MvcResult submitted = mvc.perform(put("/api/v1/projects/{id}/status-updates/{u}", projectId, updateId)
                        .with(officer).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                        .content(update.replace("\"submit\": false", "\"submit\": true")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED")).andReturn();
        String submittedTag = submitted.getResponse().getHeader("ETag");
        mvc.perform(post("/api/v1/projects/{id}/status-updates/{u}/approval", projectId, updateId).with(officer)
                .header("If-Match", submittedTag)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/projects/{id}/status-updates/{u}/approval", projectId, updateId).with(MANAGER)
                .header("If-Match", etag)).andExpect(status().isPreconditionFailed());
        mvc.perform(post("/api/v1/projects/{id}/status-updates/{u}/approval", projectId, updateId).with(MANAGER)
                .header("If-Match", submittedTag)).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"));
        mvc.perform(get("/api/v1/projects/{id}", projectId).with(READER)).andExpect(jsonPath("$.health").value("AT_RISK"));
        mvc.perform(get("/api/v1/projects/{id}/status-updates", projectId).with(READER))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/projects/{id}/status-updates/{u}", gtqmProjectId(), updateId).with(READER))
                .andExpect(status().isNotFound());
    }

    private int gtqmProjectId() throws Exception {
        return read(mvc.perform(get("/api/v1/projects").param("program", String.valueOf(gtqmProgram)).with(READER))
                .andReturn(), "$.items[0].id");
    }

    // ---- dashboard and report --------------------------------------------------------------

    @Test
    void theDashboardSummaryGroupsTheFiguresForManagers() throws Exception {
        mvc.perform(get("/api/v1/dashboard/summary").param("groupBy", "sector").param("workingGroup",
                        String.valueOf(gtqm)).param("period", "2013").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.keyFigures.projects").value(24))
                .andExpect(jsonPath("$.groups[*].projects", hasItem(12)))
                .andExpect(jsonPath("$.groups[0].breakdown").isMap());
        MvcResult byStatus = mvc.perform(get("/api/v1/dashboard/summary").param("groupBy", "status")
                .param("workingGroup", String.valueOf(gtqm)).param("period", "2013").with(ADMIN))
                .andExpect(status().isOk()).andReturn();
        List<Integer> counts = read(byStatus, "$.groups[*].projects");
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(24);
        mvc.perform(get("/api/v1/dashboard/summary").param("groupBy", "country").param("period", "2013")
                        .param("workingGroup", String.valueOf(gtqm)).with(MANAGER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.groups[0].key").value("MX"))
                .andExpect(jsonPath("$.groups[0].projects").value(24));
        mvc.perform(get("/api/v1/dashboard/summary").param("groupBy", "working-group").param("country", "MX")
                        .param("period", "2013").with(MANAGER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.groups[0].key").value("GTQM"));
        mvc.perform(get("/api/v1/dashboard/summary").param("groupBy", "colour").with(MANAGER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("api.dashboard.group-by"));
        mvc.perform(get("/api/v1/dashboard/summary").with(OFFICER)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/dashboard/summary").with(READER)).andExpect(status().isForbidden());
    }

    @Test
    void theProgrammeReportComesAsARealPdfOrDocx() throws Exception {
        MvcResult pdf = mvc.perform(get("/api/v1/programs/{id}/report", gtqmProgram).param("format", "pdf")
                        .param("lang", "en").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andExpect(header().string("Content-Disposition", containsString(".pdf"))).andReturn();
        try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(document)).contains("GTQM").contains("2013-2015");
        }
        MvcResult docx = mvc.perform(get("/api/v1/programs/{id}/report", gtqmProgram).param("format", "docx")
                        .with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition", containsString(".docx"))).andReturn();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()));
             var text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("GTQM").contains("Rapport");
        }
        mvc.perform(get("/api/v1/programs/{id}/report", gtqmProgram).with(READER)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programs/{id}/report", gtqmProgram).param("format", "xls").with(MANAGER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("api.report.format"));
        mvc.perform(get("/api/v1/programs/{id}/report", gtqmProgram).param("lang", "de").with(MANAGER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("api.report.lang"));
        mvc.perform(get("/api/v1/programs/{id}/report", 987654321).with(MANAGER)).andExpect(status().isNotFound());
    }

    // ---- the real servlet container (Tomcat, with Vaadin's servlet beside Spring MVC) ----------

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void overRealHttpTheApiAnswersJsonAndVaadinStaysOutOfIt() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("lecteur:coopera-demo".getBytes());
        var ok = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/api/v1/projects?size=3&workingGroup=" + gtqm)).header("Authorization", basic).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(ok.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat((List<?>) com.jayway.jsonpath.JsonPath.read(ok.body(), "$.items")).hasSize(3);
        var unknown = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/api/v1/no-such-thing")).header("Authorization", basic).header("Accept-Language", "en").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknown.body()).contains("No API resource at this address.");
        var anonymous = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/api/v1/projects")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().allValues("WWW-Authenticate")).hasSize(2);
        var swagger = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/api/swagger-ui/index.html")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.body()).containsIgnoringCase("swagger");
    }

    // ---- OpenAPI ---------------------------------------------------------------------------

    @Test
    void theOpenApiDescriptionListsThePathsAndIsPublic() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)).andReturn();
        String json = body(result);
        assertThat((String) read(result, "$.openapi")).startsWith("3.");
        for (String path : new String[] {"/api/v1/working-groups", "/api/v1/meetings/{id}", "/api/v1/programs",
                "/api/v1/projects", "/api/v1/projects/{id}", "/api/v1/projects/{id}/status-updates",
                "/api/v1/sectors", "/api/v1/countries", "/api/v1/organisations", "/api/v1/measures",
                "/api/v1/bulletins", "/api/v1/dashboard/summary", "/api/v1/programs/{id}/report"}) {
            assertThat((Object) read(result, "$.paths['" + path + "']")).as(path).isNotNull();
        }
        assertThat(json).doesNotContain("/api/**");
        assertThat((Object) read(result, "$.components.securitySchemes.token")).isNotNull();
        // the browsable page (Swagger UI), public as the description is
        MvcResult redirect = mvc.perform(get("/api/docs")).andExpect(status().is3xxRedirection()).andReturn();
        String location = redirect.getResponse().getRedirectedUrl();
        assertThat(location).contains("/api/swagger-ui/index.html");
        mvc.perform(get(java.net.URI.create(location).getPath())).andExpect(status().isOk())
                .andExpect(content().string(containsString("swagger")));
        mvc.perform(get("/api/v1/openapi.json/swagger-config")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/openapi.json")));
    }
}
