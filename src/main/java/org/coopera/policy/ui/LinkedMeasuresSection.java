package org.coopera.policy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coopera.base.ui.RecordPage;
import org.coopera.base.ui.RecordSection;
import org.coopera.policy.LinkType;
import org.coopera.policy.MeasureLinkRecord;
import org.coopera.policy.PolicyService;

/**
 * The policy measures that a programme, a project or a meeting carries out, added to their pages
 * (the other side of the links on the measure pages). A meeting shows them only when it has some,
 * read for all the meetings of a working group at once.
 */
@org.springframework.stereotype.Component
class LinkedMeasuresSection implements RecordSection {

    private final PolicyService policies;

    LinkedMeasuresSection(PolicyService policies) {
        this.policies = policies;
    }

    @Override
    public Set<RecordPage> pages() {
        return EnumSet.of(RecordPage.PROGRAM, RecordPage.PROJECT, RecordPage.MEETING);
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Component> create(RecordPage page, long recordId) {
        return page == RecordPage.MEETING ? Optional.ofNullable(createAll(page, List.of(recordId)).get(recordId))
                : Optional.of(new LinkedMeasures(policies, LinkType.valueOf(page.name()), recordId));
    }

    @Override
    public Map<Long, Component> createAll(RecordPage page, Collection<Long> recordIds) {
        if (page != RecordPage.MEETING) {
            return RecordSection.super.createAll(page, recordIds);
        }
        Map<Long, Component> byMeeting = new LinkedHashMap<>();
        policies.measuresLinkedTo(LinkType.MEETING, recordIds)
                .forEach((meetingId, measures) -> {
                    if (!measures.isEmpty()) {
                        byMeeting.put(meetingId, meetingMeasures(measures));
                    }
                });
        return byMeeting;
    }

    private static Component meetingMeasures(List<MeasureLinkRecord> measures) {
        var links = new Div();
        links.addClassName("wg-meeting-measures");
        var list = new DescriptionList();
        measures.forEach(m -> links.add(new Div(new Anchor(PolicyNavigation.measure(m.measureId()),
                m.measureCode() + " — " + m.measureTitle(UI.getCurrent().getLocale())))));
        list.add(new DescriptionList.Term(list.getTranslation("policy.ui.linked-measures.title")),
                new DescriptionList.Description(links));
        return list;
    }
}
