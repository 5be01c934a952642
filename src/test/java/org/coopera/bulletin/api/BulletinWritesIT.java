package org.coopera.bulletin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.TestSecurity.as;
import static org.coopera.base.api.ApiTestSupport.ADMIN;
import static org.coopera.base.api.ApiTestSupport.MANAGER;
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
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.coopera.IntegrationTest;
import org.coopera.base.files.TestFiles;
import org.coopera.bulletin.BulletinDraft;
import org.coopera.bulletin.BulletinRecord;
import org.coopera.bulletin.BulletinStatus;
import org.coopera.bulletin.BulletinSubject;
import org.coopera.bulletin.PhotoChange;
import org.coopera.bulletin.SubjectType;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.coopera.base.api.ApiWritesTestBase;

/** The API's writes of bulletins: JSON with If-Match, the photo and documents as uploads. */
@IntegrationTest
class BulletinWritesIT extends ApiWritesTestBase {

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

}
