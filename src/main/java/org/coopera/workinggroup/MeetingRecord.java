package org.coopera.workinggroup;

import java.time.LocalDate;
import java.util.List;

/** A meeting with the names of the co-chairs who chaired it. */
public record MeetingRecord(long id, long version, long workingGroupId, int number, LocalDate date, String place,
                            List<CoChairRecord> chairs, LocalDate minutesSignedOn, Integer workshopsHeld,
                            String workshopsSummary, String decisions, String priorities) {
}
