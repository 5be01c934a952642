package org.coopera.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.base.api.ApiTestSupport.MANAGER;
import static org.coopera.base.api.ApiTestSupport.READER;
import static org.coopera.base.api.ApiTestSupport.read;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.coopera.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * Limits through the API: search text over the cap on every list that searches (400, nothing run),
 * files over the limit on every multipart endpoint (413, nothing stored), and what reaches the log
 * from a failed sign-in.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LimitsApiIT {

    private static final String TOO_MANY_WORDS = "un deux trois quatre cinq six sept huit neuf dix onze douze treize";
    private static final int MAX_SIZE = 20 * 1024 * 1024;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = ApiTestSupport.mvc(context);
    }

    @Test
    void everySearchOverTheCapIsRefusedWith400AndTheLimits() throws Exception {
        List<String[]> searches = List.of(
                new String[] {"/api/v1/projects", "q"}, new String[] {"/api/v1/bulletins", "q"},
                new String[] {"/api/v1/working-groups", "q"}, new String[] {"/api/v1/programs", "workingGroup"},
                new String[] {"/api/v1/countries", "q"}, new String[] {"/api/v1/organisations", "q"},
                new String[] {"/api/v1/jurisdictions", "q"}, new String[] {"/api/v1/people", "q"});
        for (String[] search : searches) {
            mvc.perform(get(search[0]).param(search[1], TOO_MANY_WORDS).with(READER).header("Accept-Language", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("search.too-long"))
                    .andExpect(jsonPath("$.detail")
                            .value("The search is too long: at most 200 characters and 12 words. Please shorten it."));
            mvc.perform(get(search[0]).param(search[1], "x".repeat(201)).with(READER))
                    .andExpect(status().isBadRequest());
            mvc.perform(get(search[0]).param(search[1], "x".repeat(200)).with(READER)).andExpect(status().isOk());
        }
    }

    @Test
    void everyUploadOverTheLimitIsRefusedWith413AndNothingIsStored() throws Exception {
        byte[] tooLarge = new byte[MAX_SIZE + 1];
        MvcResult bulletins = mvc.perform(get("/api/v1/bulletins").with(READER)).andReturn();
        long bulletin = ((Number) read(bulletins, "$.items[0].id")).longValue();
        MvcResult before = mvc.perform(get("/api/v1/bulletins/" + bulletin).with(MANAGER)).andReturn();
        String etag = before.getResponse().getHeader("ETag");
        MvcResult groups = mvc.perform(get("/api/v1/working-groups").param("q", "GTQM").with(READER)).andReturn();
        long gtqm = ((Number) read(groups, "$.items[0].id")).longValue();
        MvcResult meetings = mvc.perform(get("/api/v1/working-groups/" + gtqm + "/meetings").with(READER)).andReturn();
        long meeting = ((Number) read(meetings, "$[0].id")).longValue();
        MvcResult meetingBefore = mvc.perform(get("/api/v1/meetings/" + meeting).with(READER)).andReturn();

        for (String path : List.of("/api/v1/bulletins/" + bulletin + "/photo", "/api/v1/bulletins/" + bulletin
                + "/documents", "/api/v1/meetings/" + meeting + "/minutes", "/api/v1/imports/projects")) {
            String ifMatch = path.contains("meetings") ? meetingBefore.getResponse().getHeader("ETag") : etag;
            mvc.perform(multipart(path).file(new MockMultipartFile("file", "grand.pdf", "application/pdf", tooLarge))
                            .header("If-Match", ifMatch).header("Accept-Language", "en").with(MANAGER))
                    .andExpect(status().isPayloadTooLarge())
                    .andExpect(jsonPath("$.code").value("api.upload.too-large"));
        }

        assertThat(ApiTestSupport.body(mvc.perform(get("/api/v1/bulletins/" + bulletin).with(MANAGER)).andReturn()))
                .isEqualTo(ApiTestSupport.body(before));
        assertThat(ApiTestSupport.body(mvc.perform(get("/api/v1/meetings/" + meeting).with(READER)).andReturn()))
                .isEqualTo(ApiTestSupport.body(meetingBefore));
    }

    @Test
    void aFailedSignInLogsNoUnknownNameAsTypedAndNoLineBreak(CapturedOutput output) throws Exception {
        // a password typed in the user-name field, and a name forging a second log line
        mvc.perform(get("/api/v1/sectors").with(httpBasic("Tlaxcala-Secret-2026!", "x"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/sectors").with(httpBasic("intrus\r\n2026-12-05 INFO faux", "x")))
                .andExpect(status().isUnauthorized());

        assertThat(output.getOut()).contains("Failed login for user name unknown (#")
                .doesNotContain("Tlaxcala-Secret-2026!").doesNotContain("intrus\r\n").doesNotContain("intrus\n")
                .doesNotContain("2026-12-05 INFO faux");
    }
}
