package org.coopera.policy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.coopera.base.ui.PageSection;
import org.coopera.policy.ProgressReportRecord;

/** The progress reports of an action plan: year, title (a link to the report), version and status. */
class PlanReportsSection extends PageSection {

    /** @param reports a few per plan: one a year, by version */
    PlanReportsSection(List<ProgressReportRecord> reports) {
        super("policy-reports", "policy.ui.reports");
        if (reports.isEmpty()) {
            add(new Paragraph(getTranslation("policy.ui.reports.none")));
            return;
        }
        var grid = new Grid<ProgressReportRecord>();
        grid.setId("policy-reports-grid");
        grid.setAriaLabel(getTranslation("policy.ui.reports"));
        grid.addColumn(ProgressReportRecord::reportingYear).setHeader(getTranslation("policy.ui.reports.year"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> new Anchor(PolicyNavigation.progressReport(r.id()), r.title(getLocale())))
                .setHeader(getTranslation("policy.ui.reports.title")).setFlexGrow(1);
        grid.addColumn(ProgressReportRecord::reportVersion).setHeader(getTranslation("policy.ui.reports.version"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> PolicyUi.badge(this, r.status())).setHeader(getTranslation("policy.ui.reports.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(reports);
        add(grid);
    }
}
