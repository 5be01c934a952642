package org.coopera.base.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coopera.base.i18n.SupportedLocales;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the API's problem details (RFC 9457) in the caller's language: a localised title per
 * status, a localised detail, the message key as {@code code} and, for refused input, the
 * field-level {@code errors} [{field, message}].
 */
@Component
public class ApiProblems {

    private final MessageSource messages;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** The language of an API answer: English when {@code Accept-Language} prefers it, French otherwise. */
    public static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        return header == null || header.isBlank() ? SupportedLocales.FRENCH : SupportedLocales.closest(request.getLocale());
    }

    public String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, SupportedLocales.closest(LocaleContextHolder.getLocale()));
    }

    public ProblemDetail problem(HttpStatusCode status, String detailKey, Object[] arguments, List<FieldProblem> errors,
                                 HttpServletRequest request) {
        Locale locale = request == null ? SupportedLocales.closest(LocaleContextHolder.getLocale()) : locale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title(status, locale));
        problem.setDetail(messages.getMessage(detailKey, arguments, detailKey, locale));
        if (request != null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        problem.setProperty("code", detailKey);
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public String title(HttpStatusCode status, Locale locale) {
        return messages.getMessage("api.status." + status.value(), null,
                messages.getMessage("api.status.other", new Object[] {status.value()}, locale), locale);
    }

    /** Writes a problem outside Spring MVC (from the security filters). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String detailKey)
            throws IOException {
        ProblemDetail problem = problem(status, detailKey, new Object[0], List.of(), request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        body.put("code", detailKey);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", locale(request).toLanguageTag());
        json.writeValue(response.getOutputStream(), body);
    }
}
