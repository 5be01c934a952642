package org.coopera.base.embedded;

/** The database cannot be used at start; reported as a short description and action, without stack trace. */
public class DatabaseStartupException extends RuntimeException {

    private final String action;

    DatabaseStartupException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
