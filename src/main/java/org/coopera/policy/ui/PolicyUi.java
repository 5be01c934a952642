package org.coopera.policy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.coopera.policy.MeasureStatus;
import org.coopera.policy.ReportStatus;

/** Small pieces shared by the policy screens. */
final class PolicyUi {

    private PolicyUi() {
    }

    static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Section section(String id, String heading, Component... content) {
        var section = new Section(new H3(heading));
        section.setId(id);
        section.add(content);
        return section;
    }

    /** A status as a badge with text (colour is never the only cue). */
    static Span badge(Component owner, MeasureStatus status) {
        var badge = new Span(owner.getTranslation(status == null ? "policy.status.none" : "policy.status." + status.name()));
        badge.getElement().getThemeList().add("badge");
        if (status == MeasureStatus.DONE) {
            badge.getElement().getThemeList().add("success");
        } else if (status == null || status == MeasureStatus.ABANDONED) {
            badge.getElement().getThemeList().add("contrast");
        }
        badge.addClassName("measure-status");
        return badge;
    }

    static Span badge(Component owner, ReportStatus status) {
        var badge = new Span(owner.getTranslation("policy.report.status." + status.name()));
        badge.getElement().getThemeList().add("badge");
        if (status == ReportStatus.PUBLISHED) {
            badge.getElement().getThemeList().add("success");
        }
        badge.addClassName("report-status");
        return badge;
    }
}
