package org.coopera.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.coopera.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a TLS proxy (server.forward-headers-strategy: native): a request the proxy forwards with
 * {@code X-Forwarded-Proto: https} gets a Secure session cookie and HSTS; a plain HTTP request gets
 * neither (HSTS over HTTP is meaningless, and a Secure cookie would never come back). Over real HTTP
 * from 127.0.0.1, which Tomcat trusts as a proxy.
 */
@IntegrationTest
class BehindTlsProxyIT {

    @LocalServerPort
    int port;

    private HttpResponse<String> loginPage(String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Accept", "text/html");
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto).header("X-Forwarded-For", "203.0.113.7");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> sessionCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    }

    @Test
    void overHttpsThroughTheProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> https = loginPage("https");
        assertThat(https.statusCode()).isEqualTo(200);
        assertThat(sessionCookies(https)).isNotEmpty().allSatisfy(cookie ->
                assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
        assertThat(https.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    @Test
    void overPlainHttpNeitherSecureCookieNorHsts() throws Exception {
        HttpResponse<String> http = loginPage(null);
        assertThat(http.statusCode()).isEqualTo(200);
        assertThat(sessionCookies(http)).isNotEmpty().allSatisfy(cookie ->
                assertThat(cookie).doesNotContainIgnoringCase("Secure"));
        assertThat(http.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
