package org.coopera.policy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.coopera.policy.MeasureStatus;
import org.coopera.policy.ReportStatus;

/** The status badges shared by the policy screens. */
final class PolicyUi {

    private PolicyUi() {
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
