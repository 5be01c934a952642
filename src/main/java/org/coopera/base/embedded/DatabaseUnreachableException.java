package org.coopera.base.embedded;

/** The configured database did not answer at start. */
public class DatabaseUnreachableException extends RuntimeException {

    private final String url;

    DatabaseUnreachableException(String url, Throwable cause) {
        super("Cannot connect to the database at " + redact(url) + ": " + cause.getMessage(), cause);
        this.url = redact(url);
    }

    public String url() {
        return url;
    }

    /** Drops a password given in the URL's query string. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1****");
    }
}
