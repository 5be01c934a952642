package org.coopera.base.embedded;

/** The configured database did not answer at start. */
public class DatabaseUnreachableException extends DatabaseStartupException {

    DatabaseUnreachableException(String url, Throwable cause) {
        super("Coopera cannot reach its database at " + redact(url) + " (" + cause.getMessage() + ").",
                "Start the MariaDB server or correct SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                        + "SPRING_DATASOURCE_PASSWORD. Leave SPRING_DATASOURCE_URL unset to use the embedded MariaDB.",
                cause);
    }

    /** Drops a password given in the URL's query string. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1****");
    }
}
