package org.coopera.exchange;

import java.util.List;
import org.coopera.program.ProjectDraft;

/**
 * What confirming does with one row: the project's values after the import (blank cells kept the
 * stored values), the version they were read from, and the organisations to create first, named as
 * in {@link ImportPreview#newOrganisations()}.
 */
public record PlannedProject(int row, Long projectId, long expectedVersion, long programId, ProjectDraft draft,
                             String newLeadQuebec, String newLeadPartner, List<String> newPartners) {
}
