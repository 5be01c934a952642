package org.coopera.base.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.TestSecurity.as;
import static org.coopera.base.api.ApiTestSupport.ADMIN;
import static org.coopera.base.api.ApiTestSupport.MANAGER;
import static org.coopera.base.api.ApiTestSupport.OFFICER;
import static org.coopera.base.api.ApiTestSupport.READER;
import static org.coopera.base.api.ApiTestSupport.read;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.time.LocalDate;
import java.util.function.LongSupplier;
import org.coopera.bulletin.BulletinService;
import org.coopera.policy.PolicyService;
import org.coopera.program.ProgramService;
import org.coopera.program.StatusUpdateService;
import org.coopera.reference.JurisdictionKind;
import org.coopera.reference.JurisdictionRef;
import org.coopera.reference.PartnerService;
import org.coopera.reference.ReferenceDrafts.JurisdictionDraft;
import org.coopera.reference.SectorService;
import org.coopera.security.UserAdministrationService;
import org.coopera.workinggroup.WorkingGroupDraft;
import org.coopera.workinggroup.WorkingGroupService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * What the API write tests of every feature share: MockMvc through the real security chains, the
 * services to read records back, and the checks that every refused request (no or stale If-Match,
 * unknown field, wrong type, invalid value, a rule, no right, unknown id) leaves the record
 * unchanged. Changes happen in records of the test's own (working group, policy; bulletins dated
 * 2001, after the seeds in a newest-first list), so the demo data's figures stay untouched.
 */
public abstract class ApiWritesTestBase {

    protected static final String PASSWORD = "Papaloapan-Veracruz-2014";
    protected static final String UNKNOWN = "987654321";

    @Autowired
    protected WebApplicationContext context;
    @Autowired
    protected WorkingGroupService workingGroups;
    @Autowired
    protected ProgramService programs;
    @Autowired
    protected PolicyService policies;
    @Autowired
    protected BulletinService bulletins;
    @Autowired
    protected StatusUpdateService updates;
    @Autowired
    protected PartnerService partners;
    @Autowired
    protected SectorService sectors;
    @Autowired
    protected UserAdministrationService users;

    protected MockMvc mvc;
    protected String suffix;

    @BeforeEach
    protected void setUp() {
        mvc = ApiTestSupport.mvc(context);
        suffix = String.valueOf(System.nanoTime() % 1_000_000);
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** A refused request: its status, and the field named in {@code errors} or ("code:…") the problem's code. */
    public record Bad(String json, int status, String expected) {
    }

    /** Every refused creation leaves the count as it was. */
    protected void refusedCreations(String path, String valid, LongSupplier count, Bad... bad) throws Exception {
        long before = count.getAsLong();
        expect(post(path), READER, null, valid, 403, "code:api.forbidden");
        expect(post(path), OFFICER, null, valid, 403, "code:api.forbidden");
        expect(post(path), MANAGER, null, unknownField(valid), 400, "colour");
        expect(post(path), MANAGER, null, "{\"acronym\":", 400, "code:api.body.malformed");
        for (Bad b : bad) {
            expect(post(path), MANAGER, null, b.json(), b.status(), b.expected());
        }
        assertThat(count.getAsLong()).as("nothing created").isEqualTo(before);
    }

    /** Every refused change leaves the record (read with GET) and its ETag as they were. */
    protected void refusedChanges(String path, String unknownPath, String etag, String stale, String valid, Bad... bad)
            throws Exception {
        String before = body(get(path));
        expect(put(path), MANAGER, null, valid, 428, "code:api.if-match.required");
        expect(put(path), MANAGER, stale, valid, 412, "code:api.stale");
        expect(put(path), MANAGER, "\"1\", \"2\"", valid, 400, "code:api.if-match.invalid");
        expect(put(path), MANAGER, etag, unknownField(valid), 400, "colour");
        expect(put(path), READER, etag, valid, 403, "code:api.forbidden");
        expect(put(path), OFFICER, etag, valid, 403, "code:api.forbidden");
        expect(put(unknownPath), MANAGER, etag, valid, 404, "code:api.not-found");
        for (Bad b : bad) {
            expect(put(path), MANAGER, etag, b.json(), b.status(), b.expected());
        }
        assertThat(body(get(path))).as("nothing changed").isEqualTo(before);
        assertThat(etagOf(path)).isEqualTo(etag);
    }

    protected ResultActions expect(MockHttpServletRequestBuilder request, RequestPostProcessor who, String ifMatch, String json,
                         int status, String expected) throws Exception {
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        ResultActions result = mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.status").value(status));
        if (expected.startsWith("code:")) {
            result.andExpect(jsonPath("$.code").value(expected.substring(5)));
        } else {
            result.andExpect(jsonPath("$.errors[*].field", hasItem(expected)))
                    .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        }
        return result;
    }

    protected static String unknownField(String json) {
        return json.replaceFirst("\\{", "{\"colour\": \"blue\", ");
    }

    protected String body(MockHttpServletRequestBuilder request) throws Exception {
        return ApiTestSupport.body(mvc.perform(request.with(MANAGER)).andExpect(status().isOk()).andReturn());
    }

    protected String etagOf(String path) throws Exception {
        return mvc.perform(get(path).with(MANAGER)).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
    }

    protected long bavaria() {
        return as("admin", "ADMIN", () -> {
            JurisdictionRef bavaria = partners.findJurisdictions("Bavière", PageRequest.of(0, 1)).stream().findFirst()
                    .orElseGet(() -> partners.createJurisdiction(new JurisdictionDraft("DE",
                            JurisdictionKind.FEDERATED_STATE, "DE-BY", "Bavière", "Bavaria")));
            return bavaria.id();
        });
    }

    /** A working group of the test's own. */
    protected long ownGroup() {
        long jurisdiction = bavaria();
        String acronym = "AWG" + System.nanoTime() % 1_000_000;
        return as("admin", "ADMIN", () -> workingGroups.create(new WorkingGroupDraft(acronym, "Groupe " + acronym,
                "Group " + acronym, jurisdiction, LocalDate.of(1990, 1, 1), null, null, true))).id();
    }

    protected long gtqmMeeting() {
        return as("admin", "ADMIN", () -> {
            long gtqm = workingGroups.find("GTQM", null, false, 0, 1).getFirst().id();
            return workingGroups.meetings(gtqm).getFirst().id();
        });
    }

    protected void expectUpload(String path, MockMultipartFile file, RequestPostProcessor who, String ifMatch, int status,
                      String code) throws Exception {
        var request = multipart(path).file(file).with(who);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        mvc.perform(request).andExpect(status().is(status)).andExpect(jsonPath("$.code").value(code));
    }
}
