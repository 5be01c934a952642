package org.coopera.workinggroup.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.TestSecurity.as;
import static org.coopera.base.api.ApiTestSupport.ADMIN;
import static org.coopera.base.api.ApiTestSupport.MANAGER;
import static org.coopera.base.api.ApiTestSupport.OFFICER;
import static org.coopera.base.api.ApiTestSupport.READER;
import static org.coopera.base.api.ApiTestSupport.read;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.LongSupplier;
import org.coopera.IntegrationTest;
import org.coopera.base.HistoryEntry;
import org.coopera.base.files.TestFiles;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.coopera.base.api.ApiWritesTestBase;

/** The API's writes of working groups, their co-chairs, meetings and signed minutes: create, GET (ETag), PUT with If-Match read back, and every refused request leaving the record unchanged. */
@IntegrationTest
class WorkingGroupWritesIT extends ApiWritesTestBase {

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

}
