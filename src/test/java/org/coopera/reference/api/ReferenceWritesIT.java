package org.coopera.reference.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.TestSecurity.as;
import static org.coopera.base.api.ApiTestSupport.ADMIN;
import static org.coopera.base.api.ApiTestSupport.MANAGER;
import static org.coopera.base.api.ApiTestSupport.READER;
import static org.coopera.base.api.ApiTestSupport.read;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.function.LongSupplier;
import org.coopera.IntegrationTest;
import org.coopera.base.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.coopera.base.api.ApiWritesTestBase;

/** The API's writes of reference data: partner jurisdictions, people, sectors (administrators); each refused request leaves the record unchanged. */
@IntegrationTest
class ReferenceWritesIT extends ApiWritesTestBase {

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

}
