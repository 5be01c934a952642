package org.coopera.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.base.api.ApiTestSupport.DEMO_PASSWORD;
import static org.coopera.base.api.ApiTestSupport.MANAGER;
import static org.coopera.base.api.ApiTestSupport.READER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.LocalDate;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coopera.IntegrationTest;
import org.coopera.base.api.ApiTestSupport;
import org.coopera.program.ProgramDraft;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramStatus;
import org.coopera.program.ProgramSummary;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectService;
import org.coopera.reference.JurisdictionKind;
import org.coopera.reference.JurisdictionRef;
import org.coopera.reference.PartnerService;
import org.coopera.reference.ReferenceDrafts.JurisdictionDraft;
import org.coopera.workinggroup.WorkingGroupDraft;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Document;

/**
 * The import through the API (dry run, import, refused files, roles), its template, and the IATI
 * files, in a working group of the test's own so that the demo figures stay untouched.
 */
@IntegrationTest
class ExchangeApiIT {

    static final String HEADER = "Code;Programmation;Titre (français);Title (English);Secteur;Budget ($ CA);"
            + "Thèmes;Date de début;Date de fin;Statut;État;Responsable partenaire;Pays ou juridiction partenaire\r\n";

    @Autowired
    WebApplicationContext context;
    @Autowired
    WorkingGroupService workingGroups;
    @Autowired
    ProgramService programs;
    @Autowired
    PartnerService partners;
    @Autowired
    ProjectService projects;

    MockMvc mvc;
    ProgramSummary program;
    String label;

    @BeforeEach
    void aProgrammeOfItsOwn() {
        mvc = ApiTestSupport.mvc(context);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, java.util.List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        JurisdictionRef bavaria = partners.findJurisdictions("Bavière", PageRequest.of(0, 1)).stream().findFirst()
                .orElseGet(() -> partners.createJurisdiction(new JurisdictionDraft("DE",
                        JurisdictionKind.FEDERATED_STATE, "DE-BY", "Bavière", "Bavaria")));
        WorkingGroupSummary group = workingGroups.create(new WorkingGroupDraft("GTAPI" + suffix, "Groupe API " + suffix,
                "API group " + suffix, bavaria.id(), LocalDate.of(1990, 1, 1), null, null, true));
        program = programs.create(new ProgramDraft(group.id(), 2015, 2017, null, null, ProgramStatus.ADOPTED, Set.of()));
        label = group.acronym() + " 2015-2017";
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long count() {
        return projects.count(ProjectFilter.none().withProgram(program.id()));
    }

    private MockMultipartFile csv(String... rows) {
        return new MockMultipartFile("file", "projets.csv", "text/csv",
                (HEADER + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDryRunAnswersThePreviewAndWritesNothingThenTheImportWritesEverything() throws Exception {
        MockMultipartFile file = csv("API-1;" + label + ";Titre API 1;Title API 1;CUL;1000;;;;;;;",
                "API-2;" + label + ";Titre API 2;Title API 2;CUL;;;;;;;;");

        mvc.perform(multipart("/api/v1/imports/projects").file(file).param("dryRun", "true").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun", is(true)))
                .andExpect(jsonPath("$.format", is("CSV")))
                .andExpect(jsonPath("$.creates", hasSize(2)))
                .andExpect(jsonPath("$.creates[0].code", is("API-1")))
                .andExpect(jsonPath("$.errors", hasSize(0)))
                .andExpect(jsonPath("$.result").doesNotExist())
                .andExpect(jsonPath("$.plan").doesNotExist());
        assertThat(count()).isZero();

        mvc.perform(multipart("/api/v1/imports/projects").file(file).with(MANAGER))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.dryRun", is(false)))
                .andExpect(jsonPath("$.result.created", is(2)))
                .andExpect(jsonPath("$.result.projectIds", hasSize(2)));
        assertThat(count()).isEqualTo(2);

        // the same file again: nothing to change
        mvc.perform(multipart("/api/v1/imports/projects").file(file).with(MANAGER))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.result.created", is(0)))
                .andExpect(jsonPath("$.unchanged", is(2)));
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void aFileWithErrorsIsRefusedWithEveryRowErrorAndNothingIsWritten() throws Exception {
        MockMultipartFile file = csv("OK-1;" + label + ";Titre;Title;CUL;;;;;;;;",
                "BAD-1;" + label + ";Titre;Title;NOSUCHSECTOR;;;;;;;;",
                "BAD-2;" + label + ";Titre;Title;CUL;;;pas une date;;;;;");
        mvc.perform(multipart("/api/v1/imports/projects").file(file).with(MANAGER).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code", is("exchange.import.has-errors")))
                .andExpect(jsonPath("$.detail", startsWith("The import has 2 row(s) in error")))
                .andExpect(jsonPath("$.rowErrors[0].row", is(3)))
                .andExpect(jsonPath("$.rowErrors[0].column", is("SECTOR")))
                .andExpect(jsonPath("$.rowErrors[1].row", is(4)));
        assertThat(count()).isZero();
    }

    @Test
    void refusedFilesAndCallersGetProblemDetails() throws Exception {
        // not a spreadsheet
        mvc.perform(multipart("/api/v1/imports/projects").with(MANAGER)
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2})))
                .andExpect(status().is4xxClientError())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        // empty file
        mvc.perform(multipart("/api/v1/imports/projects").with(MANAGER)
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[0])))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code", is("api.import.file")));
        // readers may not import
        mvc.perform(multipart("/api/v1/imports/projects").file(csv("R-1;" + label + ";T;T;CUL;;;;;;;;")).with(READER))
                .andExpect(status().isForbidden());
        // nobody signed in
        mvc.perform(multipart("/api/v1/imports/projects").file(csv("R-1;" + label + ";T;T;CUL;;;;;;;;")))
                .andExpect(status().isUnauthorized());
        assertThat(count()).isZero();
    }

    @Test
    void theTemplateIsAWorkbookOrACsvFile() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/imports/projects/template").with(READER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Code");
        }
        String csv = mvc.perform(get("/api/v1/imports/projects/template").param("format", "csv").param("lang", "en")
                        .with(READER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Title (English)");
        mvc.perform(get("/api/v1/imports/projects/template").param("format", "ods").with(READER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code", is("api.import.format")));
    }

    @Test
    void iatiFilesListTheProjectsOfAProgrammeOrAFilter() throws Exception {
        mvc.perform(multipart("/api/v1/imports/projects").file(csv("IATI-1;" + label
                        + ";Titre IATI;Title IATI;CUL;100000;;2015-07-01;2017-12-31;;;;"))
                .with(MANAGER)).andExpect(status().isCreated());

        byte[] byProgram = mvc.perform(get("/api/v1/programs/{id}/iati", program.id()).with(READER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/xml"))
                .andReturn().getResponse().getContentAsByteArray();
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(byProgram));
        assertThat(document.getDocumentElement().getAttribute("version")).isEqualTo("2.03");
        assertThat(document.getElementsByTagName("iati-activity").getLength()).isEqualTo(1);
        assertThat(document.getElementsByTagName("iati-identifier").item(0).getTextContent()).endsWith("-IATI-1");
        // no description in the file: the titles stand in (IATI requires one); the budget in periods of a year at most
        assertThat(document.getElementsByTagName("description").item(0).getTextContent()).contains("Titre IATI");
        var budgets = document.getElementsByTagName("budget");
        assertThat(budgets.getLength()).isEqualTo(3);
        assertThat(java.util.stream.IntStream.range(0, budgets.getLength())
                .mapToObj(i -> ((org.w3c.dom.Element) budgets.item(i)).getElementsByTagName("value").item(0).getTextContent())
                .toList()).containsExactly("40000", "39890.71", "20109.29");  // 366 (2016 is a leap year), 365 and 184 days
        assertThat(((org.w3c.dom.Element) budgets.item(2)).getElementsByTagName("period-start").item(0)
                .getAttributes().getNamedItem("iso-date").getNodeValue()).isEqualTo("2017-07-01");

        byte[] byFilter = mvc.perform(get("/api/v1/projects/iati").param("program", String.valueOf(program.id()))
                        .with(READER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Document filtered = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(byFilter));
        assertThat(filtered.getElementsByTagName("iati-activity").getLength()).isEqualTo(1);

        mvc.perform(get("/api/v1/programs/{id}/iati", Long.MAX_VALUE).with(READER)).andExpect(status().isNotFound());
        // an IATI file must hold an activity: a filter that matches nothing is a problem, not an empty file
        mvc.perform(get("/api/v1/projects/iati").param("program", String.valueOf(program.id()))
                        .param("q", "NO-SUCH-PROJECT").with(READER))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().doesNotExist(HttpHeaders.CONTENT_DISPOSITION))
                .andExpect(jsonPath("$.detail", containsString("IATI")));
    }

    // ---- over real HTTP: Tomcat parses the multipart body, with the application's size limits -------------

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    /** A multipart POST of one file in the field "file", as a client sends it over the network. */
    private java.net.http.HttpResponse<String> upload(String path, String fileName, byte[] content) throws Exception {
        String boundary = "coopera-" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                ("gestionnaire:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://localhost:" + port + path))
                        .header("Authorization", basic).header("Accept-Language", "en")
                        .header(org.coopera.base.api.ApiTestSupport.WRITE_HEADER, "XMLHttpRequest")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFileOfSeveralMegabytesIsReadAndOneOverTheLimitIsRefusedWithAProblem() throws Exception {
        // 5,000 rows with long titles: about 2.5 MB, over the servlet container's default of 1 MB
        StringBuilder csv = new StringBuilder(HEADER);
        String longTitle = "Titre long ".repeat(40);
        for (int i = 1; i <= 5000; i++) {
            csv.append("BIG-").append(i).append(';').append(label).append(';').append(longTitle).append(i)
                    .append(";Long title ").append(i).append(";CUL;;;;;;;;\r\n");
        }
        byte[] big = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(big.length).isGreaterThan(2_000_000);
        var preview = upload("/api/v1/imports/projects?dryRun=true", "projets.csv", big);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat((List<?>) com.jayway.jsonpath.JsonPath.read(preview.body(), "$.creates")).hasSize(5000);
        assertThat(count()).isZero();

        // over coopera.files.max-size (20 MB): refused before it is read, as a problem, nothing written
        byte[] huge = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        var refused = upload("/api/v1/imports/projects", "projets.csv", huge);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("20 MB");
        assertThat(count()).isZero();
    }
}
