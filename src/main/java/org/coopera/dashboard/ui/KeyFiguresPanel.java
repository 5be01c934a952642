package org.coopera.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.Currency;
import org.coopera.dashboard.KeyFigures;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;

/** The key figures: each a value and its label; a figure that narrows the list is a button that drills down. */
final class KeyFiguresPanel extends Div {

    private final DashboardFilterBar filters;

    KeyFiguresPanel(DashboardFilterBar filters) {
        this.filters = filters;
        setId("dashboard-figures");
        addClassName("dashboard-figures");
    }

    void show(KeyFigures k) {
        removeAll();
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        add(figure("programs", getTranslation("dashboard.ui.figure.programs"), numbers.format(k.activePrograms()),
                null));
        add(figure("projects", getTranslation("dashboard.ui.figure.projects"), numbers.format(k.projects()), null));
        for (ProjectStatus s : ProjectStatus.values()) {
            add(figure("status-" + s.name(), getTranslation("project.status." + s.name()),
                    numbers.format(k.byStatus().get(s)), () -> filters.status.setValue(s)));
        }
        add(figure("at-risk", getTranslation("project.health.AT_RISK"), numbers.format(k.atRisk()),
                () -> filters.health.setValue(ProjectHealth.AT_RISK)));
        add(figure("off-track", getTranslation("project.health.OFF_TRACK"), numbers.format(k.offTrack()),
                () -> filters.health.setValue(ProjectHealth.OFF_TRACK)));
        add(figure("without-update", getTranslation("dashboard.ui.figure.without-update"),
                numbers.format(k.withoutUpdate()), () -> filters.withoutUpdate.setValue(true)));
        NumberFormat money = NumberFormat.getCurrencyInstance(getLocale());
        money.setCurrency(Currency.getInstance("CAD"));
        money.setMaximumFractionDigits(0);
        add(figure("budget", getTranslation("dashboard.ui.figure.budget", k.projectsWithBudget()),
                money.format(k.budget()), null));
    }

    /** A key figure: its value and label; a button (drills down) when it narrows the list. */
    private Component figure(String id, String label, String value, Runnable drill) {
        var number = new Span(value);
        number.addClassName("dashboard-figure-value");
        var text = new Span(label);
        text.addClassName("dashboard-figure-label");
        if (drill == null) {
            var box = new Div(number, text);
            box.setId("dashboard-figure-" + id);
            box.addClassName("dashboard-figure");
            return box;
        }
        var button = new Button();
        button.getElement().appendChild(number.getElement(), text.getElement());
        button.setId("dashboard-figure-" + id);
        button.addClassName("dashboard-figure");
        button.getElement().setAttribute("title", getTranslation("dashboard.ui.drill-down"));
        button.addClassName("dashboard-figure-drill");
        button.addClickListener(click -> filters.drillDown(drill));
        return button;
    }
}
