package org.coopera.policy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.coopera.policy.ProgressReportRecord;

/**
 * What an editor may do with a report in its status: edit it; send a draft for review; send a report
 * in review back or publish it; copy the latest published version into a new draft.
 */
class ReportActions extends HorizontalLayout {

    /** What the buttons do; the page runs the changes. */
    record Handler(Runnable edit, Runnable submit, Runnable sendBack, Runnable publish, Runnable newVersion) {
    }

    /** @param handler what the buttons do, or null for a user who may not change the report (no buttons) */
    ReportActions(ProgressReportRecord report, Handler handler) {
        setId("report-actions");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        if (handler == null) {
            return;
        }
        add(button("report-edit", "policy.ui.report.action.edit", VaadinIcon.EDIT, handler.edit()));
        switch (report.status()) {
            case DRAFT -> add(button("report-submit", "policy.ui.report.action.submit", VaadinIcon.ARROW_FORWARD,
                    handler.submit()));
            case IN_REVIEW -> {
                add(button("report-send-back", "policy.ui.report.action.send-back", VaadinIcon.ARROW_BACKWARD,
                        handler.sendBack()));
                Button publish = button("report-publish", "policy.ui.report.action.publish", VaadinIcon.CHECK,
                        handler.publish());
                publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(publish);
            }
            case PUBLISHED -> {
                if (report.latest()) {
                    Button newVersion = button("report-new-version", "policy.ui.report.action.new-version",
                            VaadinIcon.COPY, handler.newVersion());
                    newVersion.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    add(newVersion);
                }
            }
        }
    }

    private Button button(String id, String key, VaadinIcon icon, Runnable action) {
        var button = new Button(getTranslation(key), icon.create(), click -> action.run());
        button.setId(id);
        return button;
    }
}
