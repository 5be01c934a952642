package org.coopera.workinggroup;

import java.time.LocalDate;
import java.util.List;
import org.coopera.base.files.StoredFileRef;

/** A meeting with the names of the co-chairs who chaired it and its signed-minutes file (null if none). */
public record MeetingRecord(long id, long version, long workingGroupId, int number, LocalDate date, String place,
                            List<CoChairRecord> chairs, LocalDate minutesSignedOn, Integer workshopsHeld,
                            String workshopsSummary, String decisions, String priorities, StoredFileRef minutesFile) {
}
