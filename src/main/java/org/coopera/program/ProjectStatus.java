package org.coopera.program;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A project's status, after the IATI activity status codelist (code 1 to 6). */
public enum ProjectStatus {
    PIPELINE(1), IMPLEMENTATION(2), FINALISATION(3), CLOSED(4), CANCELLED(5), SUSPENDED(6);

    private final int iatiCode;

    ProjectStatus(int iatiCode) {
        this.iatiCode = iatiCode;
    }

    /** The states in which a project is under way and status updates are expected (overdue lists, reminders). */
    public static final Set<ProjectStatus> UNDER_WAY = Collections.unmodifiableSet(EnumSet.of(PIPELINE, IMPLEMENTATION,
            FINALISATION));

    /** {@link #UNDER_WAY} as an SQL list of the stored names, for {@code status in ...}. */
    public static final String UNDER_WAY_SQL = UNDER_WAY.stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    /** The IATI ActivityStatus code. */
    public int iatiCode() {
        return iatiCode;
    }
}
