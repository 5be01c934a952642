package org.coopera.workinggroup;

import java.time.LocalDate;

/** A co-chair with the person's name and the organisation's label. */
public record CoChairRecord(long id, long version, CoChairSide side, long personId, String personName, String title,
                            Long organisationId, String organisationLabel, LocalDate fromDate, LocalDate toDate) {
}
