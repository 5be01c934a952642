package org.coopera.program;

import java.time.LocalDate;
import java.util.Set;

/** A biennial programme with its working group, the meeting that adopted it and its project counts. */
public record ProgramSummary(long id, long version, long workingGroupId, String workingGroupAcronym, int startYear,
                             int endYear, Long adoptedAtMeetingId, Integer adoptedAtMeetingNumber,
                             LocalDate adoptedOn, String priorities, ProgramStatus status, Set<Theme> themes,
                             int projectCount, int baselineCount) {

    /** "2013-2015". */
    public String period() {
        return startYear + "-" + endYear;
    }
}
