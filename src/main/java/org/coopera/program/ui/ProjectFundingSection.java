package org.coopera.program.ui;

import com.vaadin.flow.component.Component;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.coopera.base.ui.RecordPage;
import org.coopera.base.ui.RecordSection;
import org.coopera.program.ProjectFundingService;
import org.coopera.reference.PartnerService;

/** The funding of a project per fiscal year and funder, on its page; the totals per year on a programme's. */
@org.springframework.stereotype.Component
class ProjectFundingSection implements RecordSection {

    private final ProjectFundingService funding;
    private final PartnerService partners;

    ProjectFundingSection(ProjectFundingService funding, PartnerService partners) {
        this.funding = funding;
        this.partners = partners;
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
        return Optional.of(page == RecordPage.PROJECT ? new ProjectFundingPanel(funding, partners, recordId)
                : new ProgramFundingTotals(funding.programTotals(recordId)));
    }
}
