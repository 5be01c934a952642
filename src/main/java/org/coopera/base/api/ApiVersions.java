package org.coopera.base.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * Optimistic locking over HTTP: a record's version is its ETag ({@code "7"}); a change must send it
 * back in {@code If-Match}. Without it the answer is 428, with a stale one 412.
 */
public final class ApiVersions {

    private static final Pattern ETAG = Pattern.compile("\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*");

    private ApiVersions() {
    }

    /** The ETag of a version, quoted. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names. */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblemException(HttpStatus.PRECONDITION_REQUIRED, "api.if-match.required");
        }
        Matcher matcher = ETAG.matcher(ifMatch);
        if (!matcher.matches()) {
            // "*" or a list of tags: the API needs the one version the change starts from
            throw new ApiProblemException(HttpStatus.BAD_REQUEST, "api.if-match.invalid");
        }
        return Long.parseLong(matcher.group(1));
    }
}
