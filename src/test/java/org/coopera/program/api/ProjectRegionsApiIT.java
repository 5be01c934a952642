package org.coopera.program.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.TestSecurity.as;
import static org.coopera.base.api.ApiTestSupport.MANAGER;
import static org.coopera.base.api.ApiTestSupport.read;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.coopera.IntegrationTest;
import org.coopera.base.api.ApiTestSupport;
import org.coopera.base.api.ApiWritesTestBase;
import org.coopera.program.ProgramDraft;
import org.coopera.program.ProgramStatus;
import org.coopera.program.Theme;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** The API reads and writes a project's Québec regions; an unknown region code is a 400 and stores nothing. */
@IntegrationTest
class ProjectRegionsApiIT extends ApiWritesTestBase {

    @Test
    void projectsCarryTheirRegionCodes() throws Exception {
        long group = ownGroup();
        long program = as("admin", "ADMIN", () -> programs.create(new ProgramDraft(group, 2015, 2017, null, null,
                ProgramStatus.ADOPTED, Set.of(Theme.YOUTH)))).id();
        long culture = as("admin", "ADMIN", () -> sectors.byCode("CUL")).orElseThrow().id();
        String body = """
                {"programId": %d, "code": "REG-%s", "titleFr": "Titre", "titleEn": "Title", "sectorId": %d,
                 "status": "IMPLEMENTATION", "health": "ON_TRACK", "regionCodes": ["06", "03"]}"""
                .formatted(program, suffix, culture);
        refusedCreations("/api/v1/projects", body,
                () -> as("admin", "ADMIN", () -> programs.get(program)).orElseThrow().projectCount(),
                new Bad(body.replace("\"03\"", "\"18\""), 400, "code:region.unknown-code"));

        MvcResult created = mvc.perform(post("/api/v1/projects").with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.regionCodes", contains("03", "06"))).andReturn();
        int id = read(created, "$.id");
        String path = "/api/v1/projects/" + id;
        mvc.perform(get(path).with(MANAGER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.regionCodes", contains("03", "06")));

        String change = """
                {"code": "REG-%s", "titleFr": "Titre", "titleEn": "Title", "sectorId": %d,
                 "status": "IMPLEMENTATION", "health": "ON_TRACK", "regionCodes": ["16"]}"""
                .formatted(suffix, culture);
        refusedChanges(path, "/api/v1/projects/" + UNKNOWN, "\"0\"", "\"7\"", change,
                new Bad(change.replace("\"16\"", "\"Montérégie\""), 400, "code:region.unknown-code"));
        mvc.perform(put(path).with(MANAGER).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isOk()).andExpect(jsonPath("$.regionCodes", contains("16")));
        assertThat(body(get(path))).contains("\"regionCodes\":[\"16\"]");

        mvc.perform(get("/api/v1/quebec-regions").with(ApiTestSupport.READER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(17))
                .andExpect(jsonPath("$[5].code").value("06"))
                .andExpect(jsonPath("$[5].nameFr").value("Montréal"))
                .andExpect(jsonPath("$[10].nameEn").value("Gaspésie–Îles-de-la-Madeleine"));
    }
}
