package org.coopera.base.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * An API request refused with a status and a localised message (message key and arguments from
 * the {@code i18n/api} bundle), answered as problem details.
 */
public class ApiProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] arguments;
    private final transient List<FieldProblem> errors;

    public ApiProblemException(HttpStatus status, String messageKey, Object... arguments) {
        this(status, List.of(), messageKey, arguments);
    }

    public ApiProblemException(HttpStatus status, List<FieldProblem> errors, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.errors = List.copyOf(errors);
    }

    /** 404 for a record that does not exist (or that the caller may not know of). */
    public static ApiProblemException notFound() {
        return new ApiProblemException(HttpStatus.NOT_FOUND, "api.not-found");
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
