package org.coopera.policy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.coopera.policy.LinkType;
import org.coopera.policy.MeasureLinkRecord;
import org.coopera.policy.PolicyService;

/**
 * The policy measures a programme, project or meeting carries out (the other side of the links
 * on the measure pages), each linking to its measure.
 */
class LinkedMeasures extends Section {

    LinkedMeasures(PolicyService policies, LinkType type, long targetId) {
        String id = "linked-measures-" + type.name().toLowerCase();
        setId(id);
        var heading = new H3(getTranslation("policy.ui.linked-measures.title"));
        heading.setId(id + "-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading);
        List<MeasureLinkRecord> links = policies.measuresLinkedTo(type, targetId);
        if (links.isEmpty()) {
            add(new Paragraph(getTranslation("policy.ui.linked-measures.none")));
            return;
        }
        var list = new UnorderedList();
        links.stream().map(l -> new ListItem(new Anchor(PolicyNavigation.measure(l.measureId()),
                l.measureCode() + " — " + l.measureTitle(getLocale())))).forEach(list::add);
        add(list);
    }
}
