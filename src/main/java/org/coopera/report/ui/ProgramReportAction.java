package org.coopera.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.EnumSet;
import java.util.Optional;
import org.coopera.base.ui.Notifications;
import org.coopera.base.ui.RecordAction;
import org.coopera.base.ui.RecordPage;
import org.coopera.base.ui.Saves;
import org.coopera.report.GeneratedReportService;
import org.coopera.report.ReportFormat;
import org.coopera.report.ReportRequest;
import org.coopera.security.Roles;

/**
 * "Generate the report" on a programme's page: starts the biennial report (PDF and Word, in the
 * user's language) and opens the Reports view to follow it.
 */
@org.springframework.stereotype.Component
class ProgramReportAction implements RecordAction {

    private final GeneratedReportService reports;
    private final AuthenticationContext authentication;

    ProgramReportAction(GeneratedReportService reports, AuthenticationContext authentication) {
        this.reports = reports;
        this.authentication = authentication;
    }

    @Override
    public RecordPage page() {
        return RecordPage.PROGRAM;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(long programId) {
        if (!authentication.hasAnyRole(Roles.ADMIN, Roles.MANAGER, Roles.OFFICER)) {
            return Optional.empty();
        }
        var report = new Button();
        report.setText(report.getTranslation("report.ui.action.generate"));
        report.setIcon(VaadinIcon.FILE_TEXT_O.create());
        report.setId("program-generate-report");
        report.addClickListener(click -> generate(report, programId));
        return Optional.of(report);
    }

    private void generate(Component context, long programId) {
        String language = "en".equals(UI.getCurrent().getLocale().getLanguage()) ? "en" : "fr";
        Saves.attempt(() -> {
            reports.request(ReportRequest.program(programId, language, EnumSet.allOf(ReportFormat.class)));
            Notifications.success(context.getTranslation("report.ui.requested"));
            UI.getCurrent().navigate(ReportNavigation.reports());
        }, () -> { });
    }
}
