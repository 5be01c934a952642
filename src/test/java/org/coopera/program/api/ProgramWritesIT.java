package org.coopera.program.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.TestSecurity.as;
import static org.coopera.base.api.ApiTestSupport.ADMIN;
import static org.coopera.base.api.ApiTestSupport.MANAGER;
import static org.coopera.base.api.ApiTestSupport.OFFICER;
import static org.coopera.base.api.ApiTestSupport.READER;
import static org.coopera.base.api.ApiTestSupport.basic;
import static org.coopera.base.api.ApiTestSupport.read;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.LongSupplier;
import org.coopera.IntegrationTest;
import org.coopera.program.UpdateState;
import org.coopera.security.NewUser;
import org.coopera.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.coopera.base.api.ApiWritesTestBase;

/** The API's writes of programmes (and their adopted baseline) and the return of a submitted status update to its author. */
@IntegrationTest
class ProgramWritesIT extends ApiWritesTestBase {

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
        var author = basic(officer, PASSWORD);
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


}
