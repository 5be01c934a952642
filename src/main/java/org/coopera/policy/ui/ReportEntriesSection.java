package org.coopera.policy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Consumer;
import org.coopera.base.ui.PageSection;
import org.coopera.policy.ReportEntry;

/** Every measure's progress in a report's year; editors open each one's progress from its row. */
class ReportEntriesSection extends PageSection {

    /**
     * @param entries one plan's measures (about 70): bounded, read in one statement
     * @param onEdit  opens an entry's progress, or null when the user may not edit
     */
    ReportEntriesSection(List<ReportEntry> entries, Consumer<ReportEntry> onEdit) {
        super("report-progress", "policy.ui.report.entries");
        var grid = new Grid<ReportEntry>();
        grid.setId("report-entries");
        grid.setAriaLabel(getTranslation("policy.ui.report.entries"));
        grid.addColumn(ReportEntry::objectiveNumber).setHeader(getTranslation("policy.ui.report.entry.objective"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> new Anchor(PolicyNavigation.measure(e.measureId()), e.measureCode()))
                .setHeader(getTranslation("policy.ui.report.entry.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.measureTitle(getLocale())).setHeader(getTranslation("policy.ui.report.entry.measure"))
                .setFlexGrow(1);
        grid.addComponentColumn(e -> PolicyUi.badge(this, e.status()))
                .setHeader(getTranslation("policy.ui.report.entry.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.hasNarrative() ? e.narrative() : getTranslation("policy.ui.report.entry.no-narrative"))
                .setHeader(getTranslation("policy.ui.report.entry.narrative")).setFlexGrow(2);
        if (onEdit != null) {
            grid.addComponentColumn(entry -> editButton(entry, onEdit))
                    .setHeader(getTranslation("policy.ui.report.entry.actions")).setKey("actions")
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(entries);
        add(grid);
    }

    private Button editButton(ReportEntry entry, Consumer<ReportEntry> onEdit) {
        var edit = new Button(VaadinIcon.EDIT.create(), click -> onEdit.accept(entry));
        edit.setId("report-edit-" + entry.measureCode());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("policy.ui.report.entry.edit", entry.measureCode()));
        edit.setTooltipText(getTranslation("policy.ui.report.entry.edit", entry.measureCode()));
        return edit;
    }
}
