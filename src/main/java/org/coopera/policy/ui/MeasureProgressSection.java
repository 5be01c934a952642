package org.coopera.policy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.coopera.base.ui.PageSection;
import org.coopera.policy.YearlyProgress;

/** A measure's progress year by year (from the latest version of each year's report), with its evidence. */
class MeasureProgressSection extends PageSection {

    /** @param years one row per reporting year of the plan (three for 2006-2009) */
    MeasureProgressSection(List<YearlyProgress> years) {
        super("measure-progress", "policy.ui.measure.progress");
        if (years.isEmpty()) {
            add(new Paragraph(getTranslation("policy.ui.measure.progress.none")));
            return;
        }
        var grid = new Grid<YearlyProgress>();
        grid.setId("measure-progress-grid");
        grid.setAriaLabel(getTranslation("policy.ui.measure.progress"));
        grid.addColumn(YearlyProgress::reportingYear).setHeader(getTranslation("policy.ui.measure.progress.year"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(y -> PolicyUi.badge(this, y.status()))
                .setHeader(getTranslation("policy.ui.measure.progress.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(y -> y.narrative() == null ? "—" : y.narrative())
                .setHeader(getTranslation("policy.ui.measure.progress.narrative")).setFlexGrow(2);
        grid.addComponentColumn(MeasureProgressSection::evidence)
                .setHeader(getTranslation("policy.ui.measure.progress.evidence")).setFlexGrow(1);
        grid.addComponentColumn(y -> new Anchor(PolicyNavigation.progressReport(y.reportId()), getTranslation(
                        "policy.ui.measure.progress.report-link", y.reportVersion(),
                        getTranslation("policy.report.status." + y.reportStatus().name()))))
                .setHeader(getTranslation("policy.ui.measure.progress.report")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(years);
        add(grid);
    }

    private static Component evidence(YearlyProgress year) {
        var cell = new Div();
        for (String link : year.evidenceLinks()) {
            var anchor = new Anchor(link, link, AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
            cell.add(new Div(anchor));
        }
        return cell;
    }
}
