package org.coopera.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.base.api.ApiTestSupport.DEMO_PASSWORD;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.coopera.IntegrationTest;
import org.coopera.base.api.ApiTestSupport;
import org.coopera.program.ProgramDraft;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramStatus;
import org.coopera.program.ProgramSummary;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectService;
import org.coopera.reference.JurisdictionKind;
import org.coopera.reference.PartnerService;
import org.coopera.reference.ReferenceDrafts.JurisdictionDraft;
import org.coopera.workinggroup.WorkingGroupDraft;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Another site's page cannot write through the API with the credentials a browser has cached: the
 * multipart form it posts (only the cached Basic credentials, no header of its own) is refused with a
 * 403 problem and nothing is imported; the same request from an API client, with
 * {@code X-Requested-With}, imports. Over real HTTP, as a browser would send it.
 */
@IntegrationTest
class CrossSiteWriteIT {

    @LocalServerPort
    int port;
    @Autowired
    WorkingGroupService workingGroups;
    @Autowired
    ProgramService programs;
    @Autowired
    PartnerService partners;
    @Autowired
    ProjectService projects;

    @Test
    void aCrossSiteMultipartFormWithCachedBasicCredentialsIsRefusedAndNothingIsImported() throws Exception {
        ProgramSummary program = ownProgramme();
        String label = program.workingGroupAcronym() + " 2015-2017";
        byte[] csv = (ExchangeApiIT.HEADER + "XS-1;" + label + ";Titre XS;Title XS;CUL;;;;;;;;\r\n")
                .getBytes(StandardCharsets.UTF_8);

        // what a form on https://evil.example sends: the browser adds the cached credentials and the Origin
        HttpResponse<String> crossSite = upload(csv, false);
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(crossSite.body()).contains("\"status\":403", "\"code\":\"api.write.header-missing\"",
                "X-Requested-With");
        assertThat(projects.count(ProjectFilter.none().withProgram(program.id()))).isZero();

        HttpResponse<String> client = upload(csv, true);
        assertThat(client.statusCode()).as(client.body()).isEqualTo(201);
        assertThat(projects.count(ProjectFilter.none().withProgram(program.id()))).isEqualTo(1);
    }

    private ProgramSummary ownProgramme() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            String suffix = String.valueOf(System.nanoTime() % 1_000_000);
            long bavaria = partners.findJurisdictions("Bavière", PageRequest.of(0, 1)).stream().findFirst()
                    .orElseGet(() -> partners.createJurisdiction(new JurisdictionDraft("DE",
                            JurisdictionKind.FEDERATED_STATE, "DE-BY", "Bavière", "Bavaria"))).id();
            WorkingGroupSummary group = workingGroups.create(new WorkingGroupDraft("GTXS" + suffix,
                    "Groupe XS " + suffix, "XS group " + suffix, bavaria, LocalDate.of(1990, 1, 1), null, null, true));
            return programs.create(new ProgramDraft(group.id(), 2015, 2017, null, null, ProgramStatus.ADOPTED, Set.of()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private HttpResponse<String> upload(byte[] content, boolean withHeader) throws Exception {
        String boundary = "----WebKitFormBoundary" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"projets.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports/projects"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("gestionnaire:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (withHeader) {
            request.header(ApiTestSupport.WRITE_HEADER, "XMLHttpRequest");
        } else {
            request.header("Origin", "https://evil.example").header("Sec-Fetch-Site", "cross-site")
                    .header("Sec-Fetch-Mode", "navigate")
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
