package org.coopera.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.TestSecurity.as;
import static org.coopera.base.api.ApiTestSupport.ADMIN;
import static org.coopera.base.api.ApiTestSupport.MANAGER;
import static org.coopera.base.api.ApiTestSupport.OFFICER;
import static org.coopera.base.api.ApiTestSupport.READER;
import static org.coopera.base.api.ApiTestSupport.read;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.coopera.IntegrationTest;
import org.coopera.base.HistoryEntry;
import org.coopera.base.files.TestFiles;
import org.coopera.bulletin.BulletinDraft;
import org.coopera.bulletin.BulletinRecord;
import org.coopera.bulletin.BulletinService;
import org.coopera.bulletin.BulletinStatus;
import org.coopera.bulletin.BulletinSubject;
import org.coopera.bulletin.PhotoChange;
import org.coopera.bulletin.SubjectType;
import org.coopera.policy.ActionPlanRecord;
import org.coopera.policy.ObjectiveRecord;
import org.coopera.policy.PolicyDrafts.ActionPlanDraft;
import org.coopera.policy.PolicyDrafts.ObjectiveDraft;
import org.coopera.policy.PolicyDrafts.PolicyDraft;
import org.coopera.policy.PolicyRecord;
import org.coopera.policy.PolicyService;
import org.coopera.program.ProgramService;
import org.coopera.program.StatusUpdateService;
import org.coopera.program.UpdateState;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * The API's writes beyond projects and organisations: working groups, meetings, programmes (and
 * their baseline), co-chairs, meetings' signed minutes, measures, bulletins, sectors, partner
 * jurisdictions, people and the return of a status update. Each resource: create →
 * GET (ETag) → PUT with If-Match, read back through the service; then every refused request (no
 * If-Match, stale one, unknown field, wrong type, invalid value, a rule, no right, unknown id) and
 * the record read back unchanged. Changes happen in records of the test's own (working group,
 * policy; bulletins dated 2001, after the seeds in a newest-first list), so the demo data's
 * figures stay untouched.
 */
@IntegrationTest
class ApiWritesIT {

    static final String PASSWORD = "Papaloapan-Veracruz-2014";
    static final String UNKNOWN = "987654321";

    @Autowired
    WebApplicationContext context;
    @Autowired
    WorkingGroupService workingGroups;
    @Autowired
    ProgramService programs;
    @Autowired
    PolicyService policies;
    @Autowired
    BulletinService bulletins;
    @Autowired
    StatusUpdateService updates;
    @Autowired
    PartnerService partners;
    @Autowired
    SectorService sectors;
    @Autowired
    UserAdministrationService users;

    MockMvc mvc;
    String suffix;

    @BeforeEach
    void setUp() {
        mvc = ApiTestSupport.mvc(context);
        suffix = String.valueOf(System.nanoTime() % 1_000_000);
    }

    // ---- working groups --------------------------------------------------------------------

    static String group(String acronym, String nameEn, long jurisdictionId) {
        return """
                {"acronym": "%s", "nameFr": "Groupe écrit %s", "nameEn": "%s", "jurisdictionId": %d,
                 "foundedOn": "1995-05-01", "mandate": "Coopérer.", "cadence": "Tous les deux ans", "active": true}"""
                .formatted(acronym, acronym, nameEn, jurisdictionId);
    }

    @Test
    void workingGroupsAreCreatedAndChangedWithIfMatch() throws Exception {
        long jurisdiction = bavaria();
        String acronym = "AW" + suffix;
        String body = group(acronym, "Written group", jurisdiction);
        refusedCreations("/api/v1/working-groups", body,
                () -> as("admin", "ADMIN", () -> workingGroups.count(acronym, null, false)),
                new Bad(body.replace("\"1995-05-01\"", "\"hier\""), 400, "foundedOn"),
                new Bad(body.replace("\"jurisdictionId\": " + jurisdiction, "\"jurisdictionId\": \"Bavière\""), 400,
                        "jurisdictionId"),
                new Bad(body.replace(acronym, "A!"), 400, "acronym"),
                new Bad(body.replace("\"Written group\"", "\" \""), 400, "nameEn"),
                new Bad(body.replace("1995-05-01", LocalDate.now().plusDays(3).toString()), 400, "foundedOn"),
                new Bad(body.replace(acronym, "GTQM"), 409, "code:working-group.acronym.taken"),
                new Bad(body.replace("\"jurisdictionId\": " + jurisdiction, "\"jurisdictionId\": " + UNKNOWN), 404,
                        "code:record.not-found"));

        MvcResult created = mvc.perform(post("/api/v1/working-groups").with(MANAGER).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/working-groups/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.acronym").value(acronym))
                .andExpect(jsonPath("$.foundedOn").value("1995-05-01")).andReturn();
        int id = read(created, "$.id");
        String path = created.getResponse().getHeader("Location");
        String etag = etagOf(path);
        assertThat(etag).isEqualTo("\"0\"");

        String changed = group(acronym, "Written group, renamed", jurisdiction).replace("Tous les deux ans", "Chaque année");
        mvc.perform(put(path).with(MANAGER).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                        .content(changed))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.nameEn").value("Written group, renamed"));
        WorkingGroupSummary stored = as("admin", "ADMIN", () -> workingGroups.get(id)).orElseThrow();
        assertThat(stored.nameEn()).isEqualTo("Written group, renamed");
        assertThat(stored.cadence()).isEqualTo("Chaque année");
        assertThat(stored.version()).isEqualTo(1);
        // the history names the API's user
        var history = as("admin", "ADMIN", () -> workingGroups.history(id));
        assertThat(history).filteredOn(e -> e.kind() == HistoryEntry.Kind.MODIFIED).singleElement()
                .satisfies(e -> {
                    assertThat(e.author()).isEqualTo("gestionnaire");
                    assertThat(e.changes()).extracting(HistoryEntry.FieldChange::after).contains("Written group, renamed");
                });

        refusedChanges(path, "/api/v1/working-groups/" + UNKNOWN, "\"1\"", "\"0\"", changed,
                new Bad(changed.replace("\"1995-05-01\"", "\"hier\""), 400, "foundedOn"),
                new Bad(changed.replace(acronym, "A!"), 400, "acronym"),
                new Bad(changed.replace("\"Written group, renamed\"", "\"\""), 400, "nameEn"),
                new Bad(changed.replace(acronym, "GTQM"), 409, "code:working-group.acronym.taken"));
    }

    // ---- partner jurisdictions and people --------------------------------------------------

    @Test
    void jurisdictionsAndPeopleAreAddedAndChangedWithIfMatch() throws Exception {
        bavaria();  // a name that exists
        String code = "DE-" + String.format("%03d", Long.parseLong(suffix) % 1000);
        String name = "Land écrit " + suffix;
        String body = """
                {"countryCode": "DE", "kind": "FEDERATED_STATE", "subdivisionCode": "%s", "nameFr": "%s",
                 "nameEn": "Written Land %s"}""".formatted(code, name, suffix);
        refusedCreations("/api/v1/jurisdictions", body,
                () -> as("admin", "ADMIN", () -> partners.countJurisdictions(null)),
                new Bad(body.replace("FEDERATED_STATE", "LAND"), 400, "kind"),
                new Bad(body.replace(code, "DE_BY"), 400, "subdivisionCode"),
                new Bad(body.replace(name, ""), 400, "nameFr"),
                new Bad(body.replace(code, "FR-75C"), 422, "code:jurisdiction.subdivision.other-country"),
                new Bad(body.replace(name, "Bavière"), 409, "code:jurisdiction.name.exists"));
        MvcResult created = mvc.perform(post("/api/v1/jurisdictions").with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/jurisdictions/")))
                .andExpect(jsonPath("$.countryCode").value("DE")).andReturn();
        String path = created.getResponse().getHeader("Location");
        mvc.perform(get("/api/v1/jurisdictions").param("q", name).with(READER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(1));
        String changed = body.replace("Written Land", "Land written");
        refusedChanges(path, "/api/v1/jurisdictions/" + UNKNOWN, "\"0\"", "\"3\"", changed,
                new Bad(changed.replace(code, "FR-75C"), 422, "code:jurisdiction.subdivision.other-country"));
        mvc.perform(put(path).with(MANAGER).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(changed))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.nameEn").value("Land written " + suffix));

        String person = """
                {"fullName": "Personne écrite %s", "title": "Directrice", "organisationId": null}""".formatted(suffix);
        refusedCreations("/api/v1/people", person, () -> as("admin", "ADMIN", () -> partners.countPeople(null)),
                new Bad(person.replace("Personne écrite " + suffix, " "), 400, "fullName"),
                new Bad(person.replace("null", "\"FRQ\""), 400, "organisationId"),
                new Bad(person.replace("null", UNKNOWN), 404, "code:record.not-found"));
        MvcResult added = mvc.perform(post("/api/v1/people").with(MANAGER).contentType(MediaType.APPLICATION_JSON)
                        .content(person))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/people/"))).andReturn();
        String personPath = added.getResponse().getHeader("Location");
        String renamed = person.replace("Directrice", "Sous-ministre");
        refusedChanges(personPath, "/api/v1/people/" + UNKNOWN, "\"0\"", "\"3\"", renamed,
                new Bad(renamed.replace("Personne écrite " + suffix, ""), 400, "fullName"));
        mvc.perform(put(personPath).with(MANAGER).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(renamed))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Sous-ministre"));
        mvc.perform(get("/api/v1/people").param("q", "Personne écrite " + suffix).with(READER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].title").value("Sous-ministre"));
    }

    // ---- co-chairs --------------------------------------------------------------------------

    @Test
    void coChairsAreAddedCorrectedAndRemovedWithIfMatch() throws Exception {
        long group = ownGroup();
        long person = as("admin", "ADMIN", () -> partners.createPerson(
                new org.coopera.reference.ReferenceDrafts.PersonDraft("Coprésidente " + suffix, "Sous-ministre", null))).id();
        String list = "/api/v1/working-groups/" + group + "/co-chairs";
        String body = """
                {"side": "QUEBEC", "personId": %d, "title": "Sous-ministre", "organisationId": null,
                 "fromDate": "2012-01-01", "toDate": null}""".formatted(person);
        refusedCreations(list, body, () -> as("admin", "ADMIN", () -> (long) workingGroups.coChairs(group).size()),
                new Bad(body.replace("QUEBEC", "MEXICO"), 400, "side"),
                new Bad(body.replace("\"personId\": " + person, "\"personId\": null"), 400, "personId"),
                new Bad(body.replace("null}", "\"2011-01-01\"}"), 422, "code:validation.dates.order"),
                new Bad(body.replace("\"personId\": " + person, "\"personId\": " + UNKNOWN), 404,
                        "code:record.not-found"));
        mvc.perform(post("/api/v1/working-groups/" + UNKNOWN + "/co-chairs").with(MANAGER)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());

        MvcResult created = mvc.perform(post(list).with(MANAGER).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/co-chairs/")))
                .andExpect(jsonPath("$.personName").value("Coprésidente " + suffix)).andReturn();
        String path = created.getResponse().getHeader("Location");
        long id = ((Number) read(created, "$.id")).longValue();
        mvc.perform(get(list).with(READER)).andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id));

        String changed = body.replace("null}", "\"2014-12-31\"}");
        refusedChanges(path, "/api/v1/co-chairs/" + UNKNOWN, "\"0\"", "\"5\"", changed,
                new Bad(changed.replace("QUEBEC", "MEXICO"), 400, "side"),
                new Bad(changed.replace("\"2014-12-31\"", "\"2011-01-01\""), 422, "code:validation.dates.order"));
        mvc.perform(put(path).with(MANAGER).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(changed))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.toDate").value("2014-12-31"));

        // chaired a meeting: removal refused (end the term instead); then the meeting goes, and so may the co-chair
        long meeting = as("admin", "ADMIN", () -> workingGroups.recordMeeting(group,
                new org.coopera.workinggroup.MeetingDraft(1, LocalDate.of(2013, 6, 19), "Mexico", Set.of(id), null, null,
                        null, null, null))).id();
        mvc.perform(delete(path).with(MANAGER)).andExpect(status().isPreconditionRequired());
        mvc.perform(delete(path).with(READER).header("If-Match", "\"1\"")).andExpect(status().isForbidden());
        mvc.perform(delete(path).with(MANAGER).header("If-Match", "\"1\""))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("registry.co-chair.in-use"));
        assertThat(as("admin", "ADMIN", () -> workingGroups.coChair(id))).isPresent();
        as("admin", "ADMIN", () -> {
            var m = workingGroups.findMeeting(meeting).orElseThrow();
            return workingGroups.updateMeeting(meeting, m.version(), new org.coopera.workinggroup.MeetingDraft(1,
                    m.date(), m.place(), Set.of(), null, null, null, null, null));
        });
        mvc.perform(delete(path).with(MANAGER).header("If-Match", "\"1\"")).andExpect(status().isNoContent());
        mvc.perform(get(path).with(MANAGER)).andExpect(status().isNotFound());
    }

    // ---- signed minutes --------------------------------------------------------------------

    @Test
    void aMeetingsSignedMinutesAreAttachedReadAndRemovedWithIfMatch() throws Exception {
        long group = ownGroup();
        long meeting = as("admin", "ADMIN", () -> workingGroups.recordMeeting(group,
                new org.coopera.workinggroup.MeetingDraft(3, LocalDate.of(2014, 6, 19), "Mexico", Set.of(), null, null,
                        null, null, null))).id();
        String path = "/api/v1/meetings/" + meeting;
        String minutes = path + "/minutes";
        var pdf = new MockMultipartFile("file", "proces-verbal signé.pdf", "application/pdf", TestFiles.pdf());
        mvc.perform(get(minutes).with(READER)).andExpect(status().isNotFound());

        // refused: nothing attached, the meeting's version unchanged
        String etag = etagOf(path);
        expectUpload(minutes, pdf, MANAGER, null, 428, "api.if-match.required");
        expectUpload(minutes, pdf, MANAGER, "\"9\"", 412, "api.stale");
        expectUpload(minutes, pdf, READER, etag, 403, "api.forbidden");
        expectUpload(minutes, pdf, OFFICER, etag, 403, "api.forbidden");
        expectUpload(minutes, new MockMultipartFile("file", "vide.pdf", "application/pdf", new byte[0]), MANAGER, etag,
                400, "api.file.required");
        expectUpload(minutes, new MockMultipartFile("file", "pv.pdf", "application/pdf", TestFiles.windowsProgram()),
                MANAGER, etag, 422, "files.type-refused.DOCUMENT");
        mvc.perform(multipart("/api/v1/meetings/" + UNKNOWN + "/minutes").file(pdf).with(MANAGER).header("If-Match", etag))
                .andExpect(status().isNotFound());
        assertThat(etagOf(path)).isEqualTo(etag);
        mvc.perform(get(minutes).with(READER)).andExpect(status().isNotFound());

        mvc.perform(multipart(minutes).file(pdf).with(MANAGER).header("If-Match", etag))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.minutesFile.name").value("proces-verbal signé.pdf"))
                .andExpect(jsonPath("$.minutesFile.mediaType").value("application/pdf"));
        byte[] read = mvc.perform(get(minutes).with(READER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(read).isEqualTo(TestFiles.pdf());

        mvc.perform(delete(minutes).with(MANAGER)).andExpect(status().isPreconditionRequired());
        mvc.perform(delete(minutes).with(READER).header("If-Match", "\"1\"")).andExpect(status().isForbidden());
        mvc.perform(delete(minutes).with(MANAGER).header("If-Match", "\"0\"")).andExpect(status().isPreconditionFailed());
        mvc.perform(get(minutes).with(READER)).andExpect(status().isOk());
        mvc.perform(delete(minutes).with(MANAGER).header("If-Match", "\"1\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.minutesFile").value(org.hamcrest.Matchers.nullValue()));
        mvc.perform(get(minutes).with(READER)).andExpect(status().isNotFound());
        mvc.perform(delete(minutes).with(MANAGER).header("If-Match", "\"2\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("registry.minutes.none"));
    }

    void expectUpload(String path, MockMultipartFile file, RequestPostProcessor who, String ifMatch, int status,
                      String code) throws Exception {
        var request = multipart(path).file(file).with(who);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        mvc.perform(request).andExpect(status().is(status)).andExpect(jsonPath("$.code").value(code));
    }

    // ---- sectors (administrators) ------------------------------------------------------------

    @Test
    void sectorsAreAddedAndChangedByAdministrators() throws Exception {
        String code = "CUL-W" + suffix;
        String body = """
                {"parentCode": "CUL", "code": "%s", "nameFr": "Cinéma écrit", "nameEn": "Written cinema",
                 "dacCode": "16061"}""".formatted(code);
        LongSupplier count = () -> as("admin", "ADMIN", () -> (long) sectors.all().size());
        long before = count.getAsLong();
        expect(post("/api/v1/sectors"), MANAGER, null, body, 403, "code:api.forbidden");
        expect(post("/api/v1/sectors"), READER, null, body, 403, "code:api.forbidden");
        expect(post("/api/v1/sectors"), ADMIN, null, unknownField(body), 400, "colour");
        expect(post("/api/v1/sectors"), ADMIN, null, body.replace(code, "CUL"), 409, "code:sector.code.taken");
        expect(post("/api/v1/sectors"), ADMIN, null, body.replace("16061", "1606"), 422, "code:sector.dac.invalid");
        expect(post("/api/v1/sectors"), ADMIN, null, body.replace("\"CUL\"", "\"CUL-DIF\""), 422,
                "code:sector.two-levels");
        expect(post("/api/v1/sectors"), ADMIN, null, body.replace("Written cinema", " "), 422,
                "code:sector.name.required");
        assertThat(count.getAsLong()).as("nothing created").isEqualTo(before);

        MvcResult created = mvc.perform(post("/api/v1/sectors").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/sectors/")))
                .andExpect(jsonPath("$.parentCode").value("CUL"))
                .andExpect(jsonPath("$.dacCode").value("16061")).andReturn();
        String path = created.getResponse().getHeader("Location");
        long id = ((Number) read(created, "$.id")).longValue();
        String etag = etagOf(path);
        String change = "{\"nameFr\": \"Cinéma écrit et lu\", \"nameEn\": \"Written and read cinema\", "
                + "\"dacCode\": null, \"retired\": true}";

        String stored = body(get(path));
        expect(put(path), ADMIN, null, change, 428, "code:api.if-match.required");
        expect(put(path), ADMIN, "\"99\"", change, 412, "code:api.stale");
        expect(put(path), MANAGER, etag, change, 403, "code:api.forbidden");
        expect(put(path), ADMIN, etag, unknownField(change), 400, "colour");
        expect(put(path), ADMIN, etag, change.replace("true", "\"oui\""), 400, "retired");
        expect(put(path), ADMIN, etag, change.replace(", \"retired\": true", ""), 400, "retired");
        expect(put(path), ADMIN, etag, change.replace("null", "\"abc\""), 422, "code:sector.dac.invalid");
        expect(put("/api/v1/sectors/" + UNKNOWN), ADMIN, etag, change, 404, "code:api.not-found");
        assertThat(body(get(path))).as("nothing changed").isEqualTo(stored);

        mvc.perform(put(path).with(ADMIN).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.retired").value(true));
        var sector = as("admin", "ADMIN", () -> sectors.get(id)).orElseThrow();
        assertThat(sector.nameEn()).isEqualTo("Written and read cinema");
        assertThat(sector.dacCode()).isNull();
        assertThat(sector.retired()).isTrue();
        assertThat(sector.code()).isEqualTo(code);
        assertThat(as("admin", "ADMIN", () -> sectors.history(id))).filteredOn(e -> e.kind() == HistoryEntry.Kind.MODIFIED)
                .singleElement().satisfies(e -> assertThat(e.author()).isEqualTo("admin"));
    }

    // ---- meetings --------------------------------------------------------------------------

    static String meeting(int number, String place) {
        return """
                {"number": %d, "date": "2016-06-19", "place": "%s", "chairIds": [], "minutesSignedOn": null,
                 "workshopsHeld": 3, "workshopsSummary": "Trois ateliers.", "decisions": "Programme adopté.",
                 "priorities": "Jeunesse"}""".formatted(number, place);
    }

    @Test
    void meetingsAreRecordedAndChangedWithIfMatch() throws Exception {
        long group = ownGroup();
        String body = meeting(1, "Munich");
        String meetings = "/api/v1/working-groups/" + group + "/meetings";
        LongSupplier count = () -> as("admin", "ADMIN", () -> workingGroups.meetings(group)).size();
        refusedCreations(meetings, body, count,
                new Bad(body.replace("\"2016-06-19\"", "\"19 juin\""), 400, "date"),
                new Bad(body.replace("\"number\": 1", "\"number\": \"premier\""), 400, "number"),
                new Bad(body.replace("\"number\": 1", "\"number\": 0"), 400, "number"),
                new Bad(body.replace("\"workshopsHeld\": 3", "\"workshopsHeld\": -1"), 400, "workshopsHeld"),
                new Bad(body.replace("\"date\": \"2016-06-19\", ", ""), 400, "date"));
        mvc.perform(post("/api/v1/working-groups/" + UNKNOWN + "/meetings").with(MANAGER)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());

        MvcResult created = mvc.perform(post(meetings).with(MANAGER).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/meetings/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.workingGroupId").value(group))
                .andExpect(jsonPath("$.workshopsHeld").value(3)).andReturn();
        int id = read(created, "$.id");
        String path = created.getResponse().getHeader("Location");
        // the number is unique in the group
        mvc.perform(post(meetings).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(meeting(1, "Berlin")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("meeting.number.taken"));
        assertThat(count.getAsLong()).isEqualTo(1);

        String etag = etagOf(path);
        String changed = meeting(1, "München");
        mvc.perform(put(path).with(ADMIN).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                        .content(changed))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.place").value("München"));
        assertThat(as("admin", "ADMIN", () -> workingGroups.findMeeting(id)).orElseThrow().place()).isEqualTo("München");

        refusedChanges(path, "/api/v1/meetings/" + UNKNOWN, "\"1\"", "\"0\"", changed,
                new Bad(changed.replace("\"2016-06-19\"", "\"19 juin\""), 400, "date"),
                new Bad(changed.replace("\"number\": 1", "\"number\": 0"), 400, "number"),
                new Bad(changed.replace("\"chairIds\": []", "\"chairIds\": [\"Bernard\"]"), 400, "chairIds[0]"));
    }

    // ---- programmes and their baseline -----------------------------------------------------

    static String program(long group, int start, int end, String priorities) {
        return """
                {"workingGroupId": %d, "startYear": %d, "endYear": %d, "adoptedAtMeetingId": null,
                 "priorities": "%s", "status": "ADOPTED", "themes": ["YOUTH"]}""".formatted(group, start, end, priorities);
    }

    @Test
    void programmesAreCreatedChangedAndTheirListAdopted() throws Exception {
        long group = ownGroup();
        String body = program(group, 2015, 2017, "Jeunesse");
        LongSupplier count = () -> as("admin", "ADMIN", () -> programs.programsOf(group)).size();
        refusedCreations("/api/v1/programs", body, count,
                new Bad(body.replace("\"startYear\": 2015", "\"startYear\": \"deux mille quinze\""), 400, "startYear"),
                new Bad(body.replace("\"ADOPTED\"", "\"VOTED\""), 400, "status"),
                new Bad(body.replace("\"startYear\": 2015", "\"startYear\": 1900"), 400, "startYear"),
                new Bad(body.replace("\"status\": \"ADOPTED\", ", ""), 400, "status"),
                new Bad(body.replace("\"endYear\": 2017", "\"endYear\": 2020"), 422, "code:program.period.length"),
                new Bad(body.replace("\"workingGroupId\": " + group, "\"workingGroupId\": " + UNKNOWN), 404,
                        "code:record.not-found"));

        MvcResult created = mvc.perform(post("/api/v1/programs").with(MANAGER).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/programs/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.workingGroupId").value(group))
                .andExpect(jsonPath("$.themes[0]").value("YOUTH")).andReturn();
        int id = read(created, "$.id");
        String path = created.getResponse().getHeader("Location");
        mvc.perform(post("/api/v1/programs").with(MANAGER).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("program.period.taken"));

        long meeting = as("admin", "ADMIN", () -> workingGroups.recordMeeting(group,
                new org.coopera.workinggroup.MeetingDraft(7, LocalDate.of(2015, 5, 4), "Québec", Set.of(), null, null,
                        null, null, null))).id();
        String changed = program(group, 2015, 2017, "Jeunesse et culture")
                .replace("\"adoptedAtMeetingId\": null", "\"adoptedAtMeetingId\": " + meeting);
        mvc.perform(put(path).with(MANAGER).header("If-Match", etagOf(path)).contentType(MediaType.APPLICATION_JSON)
                        .content(changed))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.adoptedAtMeetingNumber").value(7));
        var stored = as("admin", "ADMIN", () -> programs.get(id)).orElseThrow();
        assertThat(stored.priorities()).isEqualTo("Jeunesse et culture");
        assertThat(stored.adoptedAtMeetingId()).isEqualTo(meeting);

        long otherGroup = ownGroup();
        refusedChanges(path, "/api/v1/programs/" + UNKNOWN, "\"1\"", "\"0\"", changed,
                new Bad(changed.replace("\"startYear\": 2015", "\"startYear\": \"2015-2017\""), 400, "startYear"),
                new Bad(changed.replace("\"startYear\": 2015", "\"startYear\": 2101"), 400, "startYear"),
                new Bad(changed.replace("\"workingGroupId\": " + group, "\"workingGroupId\": " + otherGroup), 422,
                        "code:program.working-group.fixed"),
                new Bad(changed.replace("\"adoptedAtMeetingId\": " + meeting, "\"adoptedAtMeetingId\": "
                        + gtqmMeeting()), 422, "code:program.meeting.other-group"));

        // the baseline: the programme's current projects become its adopted list
        long culture = as("admin", "ADMIN", () -> sectors.byCode("CUL")).orElseThrow().id();
        mvc.perform(post("/api/v1/projects").with(MANAGER).contentType(MediaType.APPLICATION_JSON).content("""
                        {"programId": %d, "code": "BASE-%s", "titleFr": "Titre", "titleEn": "Title", "sectorId": %d,
                         "startDate": "2015-07-01", "endDate": "2017-06-30", "status": "IMPLEMENTATION",
                         "health": "ON_TRACK"}""".formatted(id, suffix, culture)))
                .andExpect(status().isCreated());
        String baseline = path + "/baseline";
        String before = body(get(path));
        mvc.perform(post(baseline).with(MANAGER)).andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.code").value("api.if-match.required"));
        mvc.perform(post(baseline).with(MANAGER).header("If-Match", "\"0\"")).andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.code").value("api.stale"));
        mvc.perform(post(baseline).with(MANAGER).header("If-Match", "*")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("api.if-match.invalid"));
        mvc.perform(post(baseline).with(READER).header("If-Match", "\"1\"")).andExpect(status().isForbidden());
        mvc.perform(post(baseline).with(OFFICER).header("If-Match", "\"1\"")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/programs/" + UNKNOWN + "/baseline").with(MANAGER).header("If-Match", "\"1\""))
                .andExpect(status().isNotFound());
        assertThat(body(get(path))).isEqualTo(before);
        assertThat(as("admin", "ADMIN", () -> programs.get(id)).orElseThrow().baselineCount()).isZero();
        MvcResult adopted = mvc.perform(post(baseline).with(MANAGER).header("If-Match", "\"1\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.baselineCount").value(1))
                .andExpect(jsonPath("$.projectCount").value(1)).andReturn();
        assertThat(adopted.getResponse().getHeader("ETag")).isEqualTo(etagOf(path));
        assertThat(as("admin", "ADMIN", () -> programs.get(id)).orElseThrow().baselineCount()).isEqualTo(1);
    }

    // ---- measures --------------------------------------------------------------------------

    static String measure(long objective, String code, String titleEn) {
        return """
                {"objectiveId": %d, "code": "%s", "titleFr": "Mesure %s", "titleEn": "%s",
                 "leadOrganisationId": null, "partnerOrganisationIds": [], "description": "Décrite.",
                 "expectedResult": "Un résultat.", "status": "NOT_STARTED"}""".formatted(objective, code, code, titleEn);
    }

    @Test
    void measuresAreAddedToAPlanAndChangedWithIfMatch() throws Exception {
        record Plan(long plan, long objective) {
        }
        Plan own = as("admin", "ADMIN", () -> {
            PolicyRecord policy = policies.createPolicy(new PolicyDraft("API-" + suffix, "Politique API " + suffix,
                    "API policy " + suffix, 1901));
            ObjectiveRecord objective = policies.addObjective(policy.id(), new ObjectiveDraft(1, "Objectif", "Objective"));
            ActionPlanRecord plan = policies.createActionPlan(policy.id(), new ActionPlanDraft(2015, 2018, "Plan API",
                    "API plan", 3));
            return new Plan(plan.id(), objective.id());
        });
        long demoObjective = as("admin", "ADMIN", () -> policies.objectives(policies.policies().stream()
                .filter(p -> p.code().equals("PIQ-2006")).findFirst().orElseThrow().id())).getFirst().id();
        String body = measure(own.objective(), "M-1", "Measure one");
        String measures = "/api/v1/action-plans/" + own.plan() + "/measures";
        LongSupplier count = () -> as("admin", "ADMIN", () -> policies.countMeasures(own.plan()));
        refusedCreations(measures, body, count,
                new Bad(body.replace("\"objectiveId\": " + own.objective(), "\"objectiveId\": \"premier\""), 400,
                        "objectiveId"),
                new Bad(body.replace("\"partnerOrganisationIds\": []", "\"partnerOrganisationIds\": 4"), 400,
                        "partnerOrganisationIds"),
                new Bad(body.replace("\"code\": \"M-1\"", "\"code\": \" \""), 400, "code"),
                new Bad(body.replace("\"NOT_STARTED\"", "null"), 400, "status"),
                new Bad(body.replace("\"objectiveId\": " + own.objective(), "\"objectiveId\": " + demoObjective), 422,
                        "code:policy.measure.objective.other-policy"));
        mvc.perform(post("/api/v1/action-plans/" + UNKNOWN + "/measures").with(MANAGER)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());

        MvcResult created = mvc.perform(post(measures).with(MANAGER).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/measures/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.actionPlanId").value(own.plan()))
                .andExpect(jsonPath("$.code").value("M-1")).andReturn();
        int id = read(created, "$.id");
        String path = created.getResponse().getHeader("Location");
        mvc.perform(post(measures).with(MANAGER).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("policy.measure.code.taken"));

        String changed = measure(own.objective(), "M-1", "Measure one, under way").replace("NOT_STARTED", "IN_PROGRESS");
        mvc.perform(put(path).with(MANAGER).header("If-Match", etagOf(path)).contentType(MediaType.APPLICATION_JSON)
                        .content(changed))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        var stored = as("admin", "ADMIN", () -> policies.measure(id)).orElseThrow();
        assertThat(stored.titleEn()).isEqualTo("Measure one, under way");
        assertThat(stored.status()).hasToString("IN_PROGRESS");

        refusedChanges(path, "/api/v1/measures/" + UNKNOWN, "\"1\"", "\"0\"", changed,
                new Bad(changed.replace("\"IN_PROGRESS\"", "\"EN_COURS\""), 400, "status"),
                new Bad(changed.replace("\"Measure one, under way\"", "\"\""), 400, "titleEn"),
                new Bad(changed.replace("\"partnerOrganisationIds\": []", "\"partnerOrganisationIds\": [" + UNKNOWN + "]"),
                        404, "code:record.not-found"));
        assertThat(count.getAsLong()).isEqualTo(1);
    }

    // ---- bulletins -------------------------------------------------------------------------

    static String bulletin(String title, String status, long group) {
        return """
                {"date": "2001-06-20", "title": "%s", "body": "Le **groupe** s’est réuni.", "language": "fr",
                 "status": "%s", "photoCaption": null, "photoCredit": null,
                 "links": [{"label": "Site", "url": "https://example.org/api"}],
                 "subjects": [{"subjectType": "WORKING_GROUP", "subjectId": %d}]}""".formatted(title, status, group);
    }

    @Test
    void bulletinsAreWrittenInJsonWithIfMatch() throws Exception {
        long group = ownGroup();
        String title = "Bulletin API " + suffix;
        String body = bulletin(title, "DRAFT", group);
        LongSupplier count = () -> as("admin", "ADMIN", () -> bulletins.bulletinsFor(SubjectType.WORKING_GROUP, group))
                .size();
        // bulletins a reader sees (published) are counted: the refused ones would have been
        String published = bulletin(title, "PUBLISHED", group);
        refusedCreations("/api/v1/bulletins", published, count,
                new Bad(published.replace("\"2001-06-20\"", "\"demain\""), 400, "date"),
                new Bad(published.replace("\"PUBLISHED\"", "\"BROUILLON\""), 400, "status"),
                new Bad(published.replace("\"subjectId\": " + group, "\"subjectId\": \"GTQM\""), 400, "subjects[0].subjectId"),
                new Bad(published.replace("\"" + title + "\"", "\" \""), 422, "code:bulletin.title.required"),
                new Bad(published.replace("\"fr\"", "\"de\""), 422, "code:bulletin.language.invalid"),
                new Bad(published.replace("https://example.org/api", "javascript:alert(1)"), 422, "code:bulletin.link.scheme"),
                new Bad(published.replace("\"subjectId\": " + group, "\"subjectId\": " + UNKNOWN), 422,
                        "code:bulletin.subject.not-found"),
                // no file comes in through JSON: a document must be one the bulletin already has
                new Bad(published.replace("\"subjects\"", "\"documents\": [{\"fileId\": 1, \"label\": \"Rapport\"}], \"subjects\""),
                        422, "code:files.not-found"));

        MvcResult created = mvc.perform(post("/api/v1/bulletins").with(MANAGER).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/bulletins/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.bodyHtml").value(org.hamcrest.Matchers.containsString("<strong>groupe</strong>")))
                .andExpect(jsonPath("$.subjects[0].subject.subjectId").value(group)).andReturn();
        int id = read(created, "$.id");
        String path = created.getResponse().getHeader("Location");
        // a draft is its editors' only
        mvc.perform(get(path).with(READER)).andExpect(status().isNotFound());

        String changed = bulletin(title + ", publié", "PUBLISHED", group);
        mvc.perform(put(path).with(MANAGER).header("If-Match", etagOf(path)).contentType(MediaType.APPLICATION_JSON)
                        .content(changed))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        var stored = as("admin", "ADMIN", () -> bulletins.get(id)).orElseThrow();
        assertThat(stored.title()).isEqualTo(title + ", publié");
        assertThat(stored.status()).isEqualTo(BulletinStatus.PUBLISHED);
        assertThat(stored.photo()).isNull();
        mvc.perform(get(path).with(READER)).andExpect(status().isOk());

        refusedChanges(path, "/api/v1/bulletins/" + UNKNOWN, "\"1\"", "\"0\"", changed,
                new Bad(changed.replace("\"2001-06-20\"", "\"20/06/2016\""), 400, "date"),
                new Bad(changed.replace("\"links\": [", "\"links\": [{\"label\": \"Site\", \"href\": \"x\"}, "), 400,
                        "links[0].href"),
                new Bad(changed.replace("\"https://example.org/api\"", "\"\""), 422, "code:bulletin.link.url-required"),
                new Bad(changed.replace("\"subjects\"", "\"documents\": [{\"fileId\": " + UNKNOWN
                        + ", \"label\": \"Rapport\"}], \"subjects\""), 422, "code:files.not-found"));
    }

    @Test
    void aBulletinsPhotoAndDocumentsStayUnlessTheBodyListsTheDocumentsToKeep() throws Exception {
        long group = ownGroup();
        String title = "Bulletin fichiers " + suffix;
        BulletinRecord saved = as("admin", "ADMIN", () -> bulletins.create(new BulletinDraft(LocalDate.of(2001, 6, 21),
                title, "Texte.", "fr", BulletinStatus.PUBLISHED, "Légende", "Crédit", List.of(),
                List.of(BulletinDraft.DocumentDraft.upload("pv.pdf", TestFiles.pdf(), "Procès-verbal")),
                Set.of(new BulletinSubject(SubjectType.WORKING_GROUP, group))),
                PhotoChange.replace("photo.png", TestFiles.png())));
        long photo = saved.photo().id();
        long document = saved.documents().getFirst().file().id();
        String path = "/api/v1/bulletins/" + saved.id();
        String changed = bulletin(title + " (1)", "PUBLISHED", group);
        // documents left out: all kept, and the photo too
        mvc.perform(put(path).with(MANAGER).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(changed))
                .andExpect(status().isOk()).andExpect(jsonPath("$.photo.id").value(photo))
                .andExpect(jsonPath("$.documents[0].file.id").value(document))
                .andExpect(jsonPath("$.documents[0].label").value("Procès-verbal"));
        // documents listed: those kept, with their new label
        String relabelled = bulletin(title + " (2)", "PUBLISHED", group).replace("\"subjects\"",
                "\"documents\": [{\"fileId\": " + document + ", \"label\": \"PV signé\"}], \"subjects\"");
        mvc.perform(put(path).with(MANAGER).header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                        .content(relabelled))
                .andExpect(status().isOk()).andExpect(jsonPath("$.documents.length()").value(1))
                .andExpect(jsonPath("$.documents[0].label").value("PV signé"));
        // an empty list removes them; the photo stays
        String none = bulletin(title + " (3)", "PUBLISHED", group).replace("\"subjects\"", "\"documents\": [], \"subjects\"");
        mvc.perform(put(path).with(MANAGER).header("If-Match", "\"2\"").contentType(MediaType.APPLICATION_JSON)
                        .content(none))
                .andExpect(status().isOk()).andExpect(jsonPath("$.documents.length()").value(0));
        BulletinRecord stored = as("admin", "ADMIN", () -> bulletins.get(saved.id())).orElseThrow();
        assertThat(stored.documents()).isEmpty();
        assertThat(stored.photo().id()).isEqualTo(photo);
        assertThat(stored.photoCaption()).isNull();
        assertThat(stored.title()).isEqualTo(title + " (3)");
    }

    @Test
    void aBulletinsPhotoAndDocumentsAreUploadedReadAndRemovedWithIfMatch() throws Exception {
        long group = ownGroup();
        String title = "Bulletin envois " + suffix;
        BulletinRecord saved = as("admin", "ADMIN", () -> bulletins.create(new BulletinDraft(LocalDate.of(2001, 6, 20),
                title, "Texte.", "fr", BulletinStatus.PUBLISHED, "Légende", "Crédit", List.of(), List.of(),
                Set.of(new BulletinSubject(SubjectType.WORKING_GROUP, group))), PhotoChange.keep()));
        String path = "/api/v1/bulletins/" + saved.id();
        var png = new MockMultipartFile("file", "photo.png", "image/png", TestFiles.png());
        var pdf = new MockMultipartFile("file", "compte rendu.pdf", "application/pdf", TestFiles.pdf());

        // refused: the bulletin unchanged
        String before = body(get(path));
        expectUpload(path + "/photo", png, MANAGER, null, 428, "api.if-match.required");
        expectUpload(path + "/photo", png, MANAGER, "\"4\"", 412, "api.stale");
        expectUpload(path + "/photo", png, READER, "\"0\"", 403, "api.forbidden");
        expectUpload(path + "/photo", new MockMultipartFile("file", "photo.png", "image/png", new byte[0]), MANAGER,
                "\"0\"", 400, "api.file.required");
        expectUpload(path + "/photo", pdf, MANAGER, "\"0\"", 422, "files.type-refused.IMAGE");
        expectUpload(path + "/documents", new MockMultipartFile("file", "x.pdf", "application/pdf",
                TestFiles.windowsProgram()), MANAGER, "\"0\"", 422, "files.type-refused.DOCUMENT");
        mvc.perform(delete(path + "/photo").with(MANAGER).header("If-Match", "\"0\"")).andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/bulletins/" + UNKNOWN + "/photo").file(png).with(MANAGER).header("If-Match", "\"0\""))
                .andExpect(status().isNotFound());
        assertThat(body(get(path))).isEqualTo(before);

        MvcResult withPhoto = mvc.perform(multipart(path + "/photo").file(png).with(MANAGER).header("If-Match", "\"0\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.photoCaption").value("Légende"))
                .andExpect(jsonPath("$.subjects.length()").value(1)).andReturn();
        long photo = ((Number) read(withPhoto, "$.photo.id")).longValue();
        MvcResult withDocument = mvc.perform(multipart(path + "/documents").file(pdf).param("label", "Compte rendu")
                        .with(MANAGER).header("If-Match", "\"1\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.photo.id").value(photo))
                .andExpect(jsonPath("$.documents[0].label").value("Compte rendu")).andReturn();
        long document = ((Number) read(withDocument, "$.documents[0].file.id")).longValue();

        assertThat(mvc.perform(get(path + "/files/" + photo).with(READER)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(TestFiles.png());
        assertThat(mvc.perform(get(path + "/files/" + document).with(READER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(TestFiles.pdf());
        mvc.perform(get(path + "/files/" + UNKNOWN).with(READER)).andExpect(status().isNotFound());

        mvc.perform(delete(path + "/photo").with(MANAGER).header("If-Match", "\"2\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.photo").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.documents.length()").value(1));
        mvc.perform(get(path + "/files/" + photo).with(READER)).andExpect(status().isNotFound());
        BulletinRecord stored = as("admin", "ADMIN", () -> bulletins.get(saved.id())).orElseThrow();
        assertThat(stored.photo()).isNull();
        assertThat(stored.documents()).extracting(BulletinRecord.BulletinDocument::label).containsExactly("Compte rendu");
        assertThat(stored.title()).isEqualTo(title);
    }

    // ---- status updates: the review's return -----------------------------------------------

    @Test
    void aManagerReturnsASubmittedUpdateToItsAuthor() throws Exception {
        long group = ownGroup();
        String officer = "api-retour" + suffix;
        long program = as("admin", "ADMIN", () -> {
            users.create(new NewUser(officer, "Agent retour", null, EnumSet.of(Role.OFFICER), PASSWORD));
            workingGroups.assignOfficers(group, Set.of(officer));
            return programs.create(new org.coopera.program.ProgramDraft(group, 2015, 2017, null, null,
                    org.coopera.program.ProgramStatus.ADOPTED, Set.of())).id();
        });
        var author = httpBasic(officer, PASSWORD);
        long culture = as("admin", "ADMIN", () -> sectors.byCode("CUL")).orElseThrow().id();
        MvcResult project = mvc.perform(post("/api/v1/projects").with(author).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"programId": %d, "code": "RET-%s", "titleFr": "Titre", "titleEn": "Title", "sectorId": %d,
                         "startDate": "2015-07-01", "endDate": "2017-06-30", "status": "IMPLEMENTATION",
                         "health": "ON_TRACK"}""".formatted(program, suffix, culture)))
                .andExpect(status().isCreated()).andReturn();
        int projectId = read(project, "$.id");
        String update = """
                {"date": "%s", "status": "IMPLEMENTATION", "health": "AT_RISK", "progressPercent": 40,
                 "narrative": "Deux ateliers tenus.", "changeReason": "Retard des visas", "submit": true}"""
                .formatted(LocalDate.now());
        MvcResult submitted = mvc.perform(post("/api/v1/projects/{id}/status-updates", projectId).with(author)
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("SUBMITTED")).andReturn();
        int updateId = read(submitted, "$.id");
        String path = "/api/v1/projects/" + projectId + "/status-updates/" + updateId;
        String etag = etagOf(path);
        String reason = "{\"reason\": \"Précisez le retard.\"}";

        String before = body(get(path));
        expect(post(path + "/return"), MANAGER, null, reason, 428, "code:api.if-match.required");
        expect(post(path + "/return"), MANAGER, "\"" + UNKNOWN + "\"", reason, 412, "code:api.stale");
        expect(post(path + "/return"), MANAGER, etag, "{\"reason\": \" \"}", 400, "reason");
        expect(post(path + "/return"), MANAGER, etag, "{}", 400, "reason");
        expect(post(path + "/return"), MANAGER, etag, "{\"reason\": [\"Précisez\"]}", 400, "reason");
        expect(post(path + "/return"), MANAGER, etag, "{\"reason\": \"x\", \"urgent\": true}", 400, "urgent");
        expect(post(path + "/return"), MANAGER, etag, "{\"reason\": \"" + "x".repeat(5001) + "\"}", 400, "reason");
        expect(post(path + "/return"), MANAGER, etag, "", 400, "code:api.body.missing");
        expect(post(path + "/return"), READER, etag, reason, 403, "code:api.forbidden");
        expect(post(path + "/return"), author, etag, reason, 403, "code:api.forbidden");
        expect(post(path + "/return"), OFFICER, etag, reason, 403, "code:api.forbidden");
        expect(post("/api/v1/projects/" + projectId + "/status-updates/" + UNKNOWN + "/return"), MANAGER, etag, reason,
                404, "code:api.not-found");
        expect(post("/api/v1/projects/" + UNKNOWN + "/status-updates/" + updateId + "/return"), MANAGER, etag, reason,
                404, "code:api.not-found");
        assertThat(body(get(path))).isEqualTo(before);
        assertThat(as("admin", "ADMIN", () -> updates.get(updateId)).orElseThrow().state()).isEqualTo(UpdateState.SUBMITTED);

        MvcResult returned = mvc.perform(post(path + "/return").with(MANAGER).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content(reason))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RETURNED"))
                .andExpect(jsonPath("$.reviewReason").value("Précisez le retard."))
                .andExpect(jsonPath("$.reviewedBy").value("gestionnaire")).andReturn();
        String returnedTag = returned.getResponse().getHeader("ETag");
        assertThat(returnedTag).isNotEqualTo(etag).isEqualTo(etagOf(path));
        var stored = as("admin", "ADMIN", () -> updates.get(updateId)).orElseThrow();
        assertThat(stored.state()).isEqualTo(UpdateState.RETURNED);
        assertThat(stored.steps()).extracting(s -> s.action().name()).contains("RETURNED");
        // only a submitted update goes back; the author changes it and submits it again
        expect(post(path + "/return"), MANAGER, returnedTag, reason, 422, "code:update.not-submitted");
        mvc.perform(put(path).with(author).header("If-Match", returnedTag).contentType(MediaType.APPLICATION_JSON)
                        .content(update.replace("Retard des visas", "Visas obtenus en mai")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED"));
        // approved, so that nothing of this test waits in the review queue
        mvc.perform(post(path + "/approval").with(MANAGER).header("If-Match", etagOf(path)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"));
    }

    @Test
    void theOpenApiDescriptionListsTheWritesWithTheirSummaries() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk()).andReturn();
        String[][] operations = {{"/api/v1/working-groups", "post"}, {"/api/v1/working-groups/{id}", "put"},
                {"/api/v1/working-groups/{id}/meetings", "post"}, {"/api/v1/meetings/{id}", "put"},
                {"/api/v1/programs", "post"}, {"/api/v1/programs/{id}", "put"}, {"/api/v1/programs/{id}/baseline", "post"},
                {"/api/v1/action-plans/{id}/measures", "post"}, {"/api/v1/measures/{id}", "put"},
                {"/api/v1/bulletins", "post"}, {"/api/v1/bulletins/{id}", "put"},
                {"/api/v1/projects/{id}/status-updates/{updateId}/return", "post"},
                {"/api/v1/sectors", "post"}, {"/api/v1/sectors/{id}", "put"},
                {"/api/v1/meetings/{id}/minutes", "post"}, {"/api/v1/meetings/{id}/minutes", "delete"},
                {"/api/v1/working-groups/{id}/co-chairs", "post"}, {"/api/v1/co-chairs/{id}", "put"},
                {"/api/v1/co-chairs/{id}", "delete"}, {"/api/v1/jurisdictions", "post"},
                {"/api/v1/jurisdictions/{id}", "put"}, {"/api/v1/people", "post"}, {"/api/v1/people/{id}", "put"},
                {"/api/v1/bulletins/{id}/photo", "post"}, {"/api/v1/bulletins/{id}/photo", "delete"},
                {"/api/v1/bulletins/{id}/documents", "post"}};
        for (String[] operation : operations) {
            String summary = read(result, "$.paths['" + operation[0] + "']." + operation[1] + ".summary");
            assertThat(summary).as(operation[1] + " " + operation[0]).isNotBlank();
        }
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** A refused request: its status, and the field named in {@code errors} or ("code:…") the problem's code. */
    record Bad(String json, int status, String expected) {
    }

    /** Every refused creation leaves the count as it was. */
    void refusedCreations(String path, String valid, LongSupplier count, Bad... bad) throws Exception {
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
    void refusedChanges(String path, String unknownPath, String etag, String stale, String valid, Bad... bad)
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

    ResultActions expect(MockHttpServletRequestBuilder request, RequestPostProcessor who, String ifMatch, String json,
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

    static String unknownField(String json) {
        return json.replaceFirst("\\{", "{\"colour\": \"blue\", ");
    }

    String body(MockHttpServletRequestBuilder request) throws Exception {
        return ApiTestSupport.body(mvc.perform(request.with(MANAGER)).andExpect(status().isOk()).andReturn());
    }

    String etagOf(String path) throws Exception {
        return mvc.perform(get(path).with(MANAGER)).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
    }

    long bavaria() {
        return as("admin", "ADMIN", () -> {
            JurisdictionRef bavaria = partners.findJurisdictions("Bavière", PageRequest.of(0, 1)).stream().findFirst()
                    .orElseGet(() -> partners.createJurisdiction(new JurisdictionDraft("DE",
                            JurisdictionKind.FEDERATED_STATE, "DE-BY", "Bavière", "Bavaria")));
            return bavaria.id();
        });
    }

    /** A working group of the test's own. */
    long ownGroup() {
        long jurisdiction = bavaria();
        String acronym = "AWG" + System.nanoTime() % 1_000_000;
        return as("admin", "ADMIN", () -> workingGroups.create(new WorkingGroupDraft(acronym, "Groupe " + acronym,
                "Group " + acronym, jurisdiction, LocalDate.of(1990, 1, 1), null, null, true))).id();
    }

    long gtqmMeeting() {
        return as("admin", "ADMIN", () -> {
            long gtqm = workingGroups.find("GTQM", null, false, 0, 1).getFirst().id();
            return workingGroups.meetings(gtqm).getFirst().id();
        });
    }
}
