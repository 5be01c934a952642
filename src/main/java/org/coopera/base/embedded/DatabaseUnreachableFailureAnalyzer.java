package org.coopera.base.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unreachable database at start into a short report naming the URL tried. */
public class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
        String reason = cause.getCause() != null ? cause.getCause().getMessage() : "";
        return new FailureAnalysis(
                "Coopera cannot reach its database at " + cause.url() + " (" + reason + ").",
                "Start the MariaDB server or correct SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                        + "SPRING_DATASOURCE_PASSWORD. Leave SPRING_DATASOURCE_URL unset to use the embedded MariaDB.",
                cause);
    }
}
