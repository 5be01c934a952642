package org.coopera.program;

import java.time.LocalDate;
import java.util.Set;
import org.coopera.reference.JurisdictionKind;
import org.coopera.reference.JurisdictionRef;
import org.coopera.reference.PartnerService;
import org.coopera.reference.ReferenceDrafts.JurisdictionDraft;
import org.coopera.workinggroup.WorkingGroupDraft;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;

/**
 * A working group with Bavaria and an adopted 2015-2017 programme of its own, so that a test's
 * projects do not meet the demo data's nor another test's (the acronym ends with a fresh number).
 * Needs a signed-in administrator.
 */
public final class TestProgrammes {

    /** The working group and its programme; {@code label} is how imports name the programme ("GTX123 2015-2017"). */
    public record Made(WorkingGroupSummary group, ProgramSummary program, String label) {
    }

    private TestProgrammes() {
    }

    public static Made ownProgramme(PartnerService partners, WorkingGroupService workingGroups, ProgramService programs,
                                    String acronym, String nameFr, String nameEn, Set<Theme> themes) {
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        JurisdictionRef bavaria = partners.findJurisdictions("Bavière", org.springframework.data.domain.PageRequest.of(0, 1))
                .stream().findFirst()
                .orElseGet(() -> partners.createJurisdiction(new JurisdictionDraft("DE",
                        JurisdictionKind.FEDERATED_STATE, "DE-BY", "Bavière", "Bavaria")));
        WorkingGroupSummary group = workingGroups.create(new WorkingGroupDraft(acronym + suffix, nameFr + " " + suffix,
                nameEn + " " + suffix, bavaria.id(), LocalDate.of(1989, 1, 1), null, null, true));
        ProgramSummary program = programs.create(new ProgramDraft(group.id(), 2015, 2017, null, null,
                ProgramStatus.ADOPTED, themes));
        return new Made(group, program, group.acronym() + " 2015-2017");
    }
}
