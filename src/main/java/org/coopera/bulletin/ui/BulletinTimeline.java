package org.coopera.bulletin.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.bulletin.BulletinService;
import org.coopera.bulletin.BulletinSummary;
import org.coopera.bulletin.SubjectType;

/**
 * The published bulletins attached to one subject (working group, meeting, programme, project,
 * policy…), newest first: the subject's evidence of progress. Each links to the bulletin's page.
 */
public class BulletinTimeline extends Section {

    public BulletinTimeline(BulletinService bulletins, SubjectType subjectType, long subjectId) {
        addClassName("bulletin-timeline");
        setId("bulletin-timeline-" + subjectType.name().toLowerCase().replace('_', '-'));
        add(new H3(getTranslation("bulletin.timeline.title")));
        List<BulletinSummary> items = bulletins.bulletinsFor(subjectType, subjectId);
        if (items.isEmpty()) {
            var empty = new Paragraph(getTranslation("bulletin.timeline.empty"));
            empty.addClassName("bulletin-timeline-empty");
            add(empty);
            return;
        }
        var list = new UnorderedList();
        for (BulletinSummary item : items) {
            var date = new Span(LocalizedDates.date(item.date(), getLocale()) + " — ");
            var link = new Anchor(BulletinNavigation.bulletin(item.id()), item.title());
            if (!item.language().equals(getLocale().getLanguage())) {
                link.getElement().setAttribute("lang", item.language());
            }
            var entry = new ListItem(date, link);
            entry.addClassName("bulletin-timeline-item");
            list.add(entry);
        }
        add(list);
    }
}
