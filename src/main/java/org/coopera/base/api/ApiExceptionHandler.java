package org.coopera.base.api;

import org.coopera.base.LogSafe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.coopera.base.BusinessException;
import org.coopera.base.DatabaseFailures;
import org.coopera.base.files.FileProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of the API's controllers as problem details (RFC 9457) in the caller's language:
 * 400 with field-level {@code errors} for refused input (bean validation, unknown JSON fields, wrong
 * types, bad parameters), 403, 404, 409 and 412 for conflicts, 422 for a rule of the domain
 * ({@link BusinessException} with its localised message), 428 without {@code If-Match}.
 */
@RestControllerAdvice(basePackages = "org.coopera")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiProblems problems;
    private final MessageSource messages;
    private final FileProperties files;

    ApiExceptionHandler(ApiProblems problems, MessageSource messages, FileProperties files) {
        this.problems = problems;
        this.files = files;
        this.messages = messages;
    }

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<Object> apiProblem(ApiProblemException e, HttpServletRequest request) {
        return answer(e.status(), problems.problem(e.status(), e.messageKey(), e.arguments(), e.errors(), request));
    }

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<Object> business(BusinessException e, HttpServletRequest request) {
        HttpStatus status = statusOf(e.messageKey());
        return answer(status, problems.problem(status, e.messageKey(), e.arguments(), List.of(), request));
    }

    /** Not found, 409 for a duplicate or a record still in use, 400 for a search text over the cap, 422 for any other rule. */
    static HttpStatus statusOf(String messageKey) {
        if (org.coopera.base.SearchText.TOO_LONG.equals(messageKey)) {
            return HttpStatus.BAD_REQUEST;  // a query parameter out of bounds, refused before any query runs
        }
        if ("region.unknown-code".equals(messageKey)) {
            return HttpStatus.BAD_REQUEST;  // a value outside a fixed official code list (Québec regions)
        }
        if ("record.not-found".equals(messageKey) || messageKey.endsWith(".unknown")) {
            return HttpStatus.NOT_FOUND;
        }
        if (messageKey.contains(".taken") || messageKey.contains("in-use") || messageKey.contains(".duplicate")
                || messageKey.endsWith(".exists")) {
            return HttpStatus.CONFLICT;
        }
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldProblem(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldProblem::field));
        return invalid(errors, request);
    }

    /** The last property of a method-validation path ("update.draft.code" gives "code"), else the parameter. */
    private static String fieldOf(Path path) {
        String property = null;
        String last = null;
        for (Path.Node node : path) {
            last = node.getName();
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                property = node.getName();
            }
        }
        return property != null ? property : last;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> stale(OptimisticLockingFailureException e, HttpServletRequest request) {
        HttpStatus status = request.getHeader(HttpHeaders.IF_MATCH) != null ? HttpStatus.PRECONDITION_FAILED
                : HttpStatus.CONFLICT;
        return answer(status, problems.problem(status, "api.stale", new Object[0], List.of(), request));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info("API change refused by the database: {}", LogSafe.of(e.getMostSpecificCause().getMessage()));
        return answer(HttpStatus.CONFLICT, problems.problem(HttpStatus.CONFLICT, "api.conflict", new Object[0],
                List.of(), request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e, HttpServletRequest request) {
        log.warn("API access denied to {} on {} {}", LogSafe.of(request.getRemoteUser()), LogSafe.of(request.getMethod()),
                LogSafe.of(request.getRequestURI()));
        return answer(HttpStatus.FORBIDDEN, problems.problem(HttpStatus.FORBIDDEN, "api.forbidden", new Object[0],
                List.of(), request));
    }

    /**
     * The database does not answer, or a write kept losing to concurrent ones (deadlock, Galera
     * certification) after its retries: 503 with Retry-After, nothing was changed. {@link DatabaseFailures}
     * alone decides what counts as that, here, in the token filter and on the screens.
     */
    private ResponseEntity<Object> unavailable(Exception e, HttpServletRequest request) {
        log.warn("API request {} {} refused, database unavailable or busy: {}", request.getMethod(),
                request.getRequestURI(), e.getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "api.unavailable", new Object[0], List.of(),
                        request));
    }

    /**
     * A header the controller reads (If-Match) holds a character Spring Security's firewall refuses, such
     * as a control character: the client's mistake, 400 (found by ApiBodiesFuzzIT; it was a 500).
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException e, HttpServletRequest request) {
        log.info("API request {} {} rejected: {}", LogSafe.of(request.getMethod()), LogSafe.of(request.getRequestURI()),
                LogSafe.of(e.getMessage()));
        return answer(HttpStatus.BAD_REQUEST, problems.problem(HttpStatus.BAD_REQUEST, "api.request.rejected",
                new Object[0], List.of(), request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse || e instanceof jakarta.servlet.ServletException) {
            throw e;
        }
        if (DatabaseFailures.unavailable(e)) {
            // also a connection cut while a write ran, which surfaces as the failed rollback, not as a
            // data-access failure (found by src/test/cluster/cluster.sh stopping the database under load)
            return unavailable(e, request);
        }
        log.error("API request {} {} failed", LogSafe.of(request.getMethod()), LogSafe.of(request.getRequestURI()), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, problems.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "api.server-error", new Object[0], List.of(), request));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = locale();
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), messages.getMessage(error, locale)));
        }
        e.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(new FieldProblem(error.getObjectName(), messages.getMessage(error, locale))));
        errors.sort(Comparator.comparing(FieldProblem::field));
        return invalid(errors, servlet(request));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = locale();
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(new FieldProblem(result.getMethodParameter().getParameterName(),
                        messages.getMessage(error, locale)))));
        return invalid(errors, servlet(request));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName();
        if (e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException mismatch) {
            field = mismatch.getName();
        }
        return invalid(List.of(new FieldProblem(field, wrongType(e.getRequiredType(), e.getValue()))), servlet(request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof JacksonException) && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return invalid(List.of(new FieldProblem(path(unknown), problems.message("api.field.unknown"))),
                    servlet(request));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return invalid(List.of(new FieldProblem(path(mismatch), wrongType(mismatch.getTargetType(), null))),
                    servlet(request));
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return invalid(List.of(new FieldProblem(path(databind), wrongType(null, null))), servlet(request));
        }
        String key = cause instanceof JacksonException ? "api.body.malformed" : "api.body.missing";
        return answer(HttpStatus.BAD_REQUEST, problems.problem(HttpStatus.BAD_REQUEST, key, new Object[0], List.of(),
                servlet(request)));
    }

    /**
     * An upload over {@code coopera.files.max-size} (multipart bodies are read when the controller
     * asks for the file, so this comes here): 413, saying the limit.
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpStatus tooLarge = HttpStatus.CONTENT_TOO_LARGE;
        return new ResponseEntity<>(problems.problem(tooLarge, "api.upload.too-large",
                new Object[] {files.maxSize().toMegabytes()}, List.of(), servlet(request)), headers, tooLarge);
    }

    /** Every other Spring MVC error (405, 406, 415, missing parameter, no such resource): localised title and detail. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String key = switch (status.value()) {
            case 404 -> "api.not-found.path";
            case 405 -> "api.method-not-allowed";
            case 406 -> "api.not-acceptable";
            case 415 -> "api.unsupported-media-type";
            case 400 -> "api.bad-request";
            default -> "api.server-error";
        };
        if (status.value() == 406 && !acceptsJson(servlet(request))) {
            // the client takes none of our formats, problem details included: the status alone
            return new ResponseEntity<>(null, headers, status);
        }
        ProblemDetail problem = problems.problem(status, key, new Object[0], List.of(), servlet(request));
        if (e instanceof org.springframework.web.bind.MissingServletRequestParameterException missing) {
            problem.setProperty("errors", List.of(new FieldProblem(missing.getParameterName(),
                    problems.message("validation.required"))));
        }
        return new ResponseEntity<>(problem, headers, status);
    }

    /** Whether the request's {@code Accept} takes JSON problem details (no header takes everything). */
    static boolean acceptsJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return org.springframework.http.MediaType.parseMediaTypes(accept).stream()
                    .filter(type -> type.getQualityValue() > 0)
                    .anyMatch(type -> type.isCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                            || type.isCompatibleWith(org.springframework.http.MediaType.APPLICATION_JSON));
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }

    private String wrongType(Class<?> type, Object value) {
        String expected = type == null ? "?" : type.isEnum()
                ? String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList())
                : type.getSimpleName();
        return problems.message(type != null && type.isEnum() ? "api.field.not-one-of" : "api.field.wrong-type", expected);
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private ResponseEntity<Object> invalid(List<FieldProblem> errors, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, problems.problem(HttpStatus.BAD_REQUEST, "api.invalid", new Object[0],
                errors, request));
    }

    private static ResponseEntity<Object> answer(HttpStatusCode status, ProblemDetail problem) {
        return ResponseEntity.status(status).body(problem);
    }

    private static Locale locale() {
        return org.coopera.base.i18n.SupportedLocales.closest(LocaleContextHolder.getLocale());
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return request instanceof NativeWebRequest n ? n.getNativeRequest(HttpServletRequest.class)
                : ((ServletWebRequest) request).getRequest();
    }
}
