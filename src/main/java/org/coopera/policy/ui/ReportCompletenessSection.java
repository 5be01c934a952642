package org.coopera.policy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.coopera.base.ui.PageSection;
import org.coopera.policy.ReportCompleteness;

/** How many of the plan's measures have a narrative in the report, and which still lack one. */
class ReportCompletenessSection extends PageSection {

    ReportCompletenessSection(ReportCompleteness completeness) {
        super("report-completeness", "policy.ui.report.completeness");
        var summary = new Paragraph(getTranslation("policy.ui.report.completeness.summary", completeness.withNarrative(),
                completeness.measures()));
        summary.setId("report-completeness-summary");
        add(summary);
        if (completeness.complete()) {
            var done = new Paragraph(getTranslation("policy.ui.report.completeness.complete"));
            done.setId("report-complete");
            add(done);
        } else {
            add(new Paragraph(getTranslation("policy.ui.report.completeness.missing")));
            var list = new UnorderedList();
            list.setId("report-missing");
            completeness.missing().forEach(entry -> list.add(new ListItem(
                    new Anchor(PolicyNavigation.measure(entry.measureId()), entry.measureCode()),
                    new Span(" — " + entry.measureTitle(getLocale())))));
            add(list);
        }
    }
}
