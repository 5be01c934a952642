package org.coopera.program.ui;

import com.vaadin.flow.component.Component;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.coopera.base.ui.RecordPage;
import org.coopera.base.ui.RecordSection;
import org.coopera.program.ProjectFundingService;
import org.coopera.program.ProjectService;
import org.coopera.reference.PartnerService;

/** The funding of a project per fiscal year and funder, on its page; the totals per year on a programme's. */
@org.springframework.stereotype.Component
class ProjectFundingSection implements RecordSection {

    private final ProjectFundingService funding;
    private final PartnerService partners;
    private final ProjectService projects;

    ProjectFundingSection(ProjectFundingService funding, PartnerService partners, ProjectService projects) {
        this.funding = funding;
        this.partners = partners;
        this.projects = projects;
    }

    @Override
    public Set<RecordPage> pages() {
        return EnumSet.of(RecordPage.PROJECT, RecordPage.PROGRAM);
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Component> create(RecordPage page, long recordId) {
        if (page == RecordPage.PROGRAM) {
            return Optional.of(new ProgramFundingTotals(funding.programTotals(recordId)));
        }
        // the same rule as the project's own buttons, from the row already read (no entity load)
        return projects.get(recordId).map(project -> new ProjectFundingPanel(funding, partners, project,
                projects.mayEdit(project.workingGroupId())));
    }
}
