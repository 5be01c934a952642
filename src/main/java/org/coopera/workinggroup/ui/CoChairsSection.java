package org.coopera.workinggroup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.coopera.base.ui.ConfirmDialogs;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.base.ui.Notifications;
import org.coopera.base.ui.PageSection;
import org.coopera.base.ui.Saves;
import org.coopera.reference.PartnerService;
import org.coopera.workinggroup.CoChairRecord;
import org.coopera.workinggroup.WorkingGroupService;

/**
 * The co-chairs of a working group, each side's, with their terms. Managers and administrators
 * add, correct and remove them (a removal asks first); everyone sees each one's history.
 */
class CoChairsSection extends PageSection {

    private final WorkingGroupService workingGroups;
    private final PartnerService partners;
    private final long groupId;
    private final boolean mayManage;
    private final Runnable reload;

    CoChairsSection(WorkingGroupService workingGroups, PartnerService partners, long groupId, boolean mayManage,
                    Runnable reload) {
        super("wg-co-chairs-section", "wg.co-chairs");
        this.workingGroups = workingGroups;
        this.partners = partners;
        this.groupId = groupId;
        this.mayManage = mayManage;
        this.reload = reload;
        List<CoChairRecord> chairs = workingGroups.coChairs(groupId);
        var empty = new Paragraph(getTranslation("wg.co-chairs.empty"));
        empty.setVisible(chairs.isEmpty());
        var grid = grid(chairs);
        grid.setVisible(!chairs.isEmpty());
        add(empty, grid);
        if (mayManage) {
            var add = new Button(getTranslation("wg.co-chair.add"), VaadinIcon.PLUS.create(), click -> openDialog(null));
            add.setId("wg-add-co-chair");
            add(add);
        }
    }

    private Grid<CoChairRecord> grid(List<CoChairRecord> chairs) {
        var grid = new Grid<CoChairRecord>();
        grid.setId("wg-co-chairs");
        grid.setAriaLabel(getTranslation("wg.co-chairs"));
        grid.addColumn(c -> getTranslation("wg.side." + c.side().name())).setHeader(getTranslation("wg.co-chair.side"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CoChairRecord::personName).setHeader(getTranslation("wg.co-chair.name")).setAutoWidth(true);
        grid.addColumn(CoChairRecord::title).setHeader(getTranslation("wg.co-chair.title"));
        grid.addColumn(CoChairRecord::organisationLabel).setHeader(getTranslation("wg.co-chair.organisation"));
        grid.addColumn(c -> LocalizedDates.date(c.fromDate(), getLocale()))
                .setHeader(getTranslation("wg.co-chair.from")).setKey("from").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> LocalizedDates.date(c.toDate(), getLocale()))
                .setHeader(getTranslation("wg.co-chair.to")).setKey("to").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("registry.co-chair.actions"))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(chairs);  // the co-chairs of one working group: a handful of rows
        return grid;
    }

    private Component actions(CoChairRecord chair) {
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (mayManage) {
            actions.add(iconButton("wg-edit-co-chair-" + chair.id(), VaadinIcon.EDIT,
                    getTranslation("registry.co-chair.action.edit", chair.personName()), () -> openDialog(chair)));
            actions.add(iconButton("wg-remove-co-chair-" + chair.id(), VaadinIcon.TRASH,
                    getTranslation("registry.co-chair.action.remove", chair.personName()), () -> confirmRemoval(chair)));
        }
        actions.add(iconButton("wg-co-chair-history-" + chair.id(), VaadinIcon.TIME_BACKWARD,
                getTranslation("registry.co-chair.action.history", chair.personName()), () -> openHistory(chair)));
        return actions;
    }

    static Button iconButton(String id, VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), click -> action.run());
        button.setId(id);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        return button;
    }

    private void openDialog(CoChairRecord existing) {
        new CoChairDialog(existing, partners, draft -> {
            var saved = existing == null ? workingGroups.addCoChair(groupId, draft)
                    : workingGroups.updateCoChair(existing.id(), existing.version(), draft);
            Notifications.success(getTranslation(existing == null ? "wg.co-chair.added" : "registry.co-chair.saved",
                    saved.personName()));
            reload.run();
        }, reload).open();
    }

    private void confirmRemoval(CoChairRecord chair) {
        var confirm = ConfirmDialogs.destructive("co-chair-remove-dialog",
                getTranslation("registry.co-chair.remove.title", chair.personName()),
                getTranslation("registry.co-chair.remove.message"),
                getTranslation("registry.co-chair.remove.confirm"));
        confirm.addConfirmListener(event -> Saves.attempt(() -> {
            workingGroups.removeCoChair(chair.id(), chair.version());
            Notifications.success(getTranslation("registry.co-chair.removed", chair.personName()));
            reload.run();
        }, reload));
        confirm.open();
    }

    private void openHistory(CoChairRecord chair) {
        HistoryPanel.openDialog("co-chair-history-dialog", getTranslation("history.of", chair.personName()),
                () -> workingGroups.coChairHistory(chair.id()), "registry.co-chair.history.");
    }
}
