package org.coopera.reference.ui;

import org.coopera.base.ui.Saves;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.coopera.base.ui.ConfirmDialogs;
import org.coopera.base.ui.Notifications;
import org.coopera.reference.SectorRef;
import org.coopera.reference.SectorService;

/** The sectors: axes each followed by their sub-sectors (indented). Administrators change them. */
class SectorsSection extends ReferenceSection {

    final Grid<SectorRef> grid = new Grid<>();
    final Button create = new Button();

    private final SectorService sectors;
    private final boolean administrator;

    SectorsSection(SectorService sectors, boolean administrator) {
        super("ref.ui.sectors");
        this.sectors = sectors;
        this.administrator = administrator;

        create.setText(getTranslation("ref.ui.sector.create"));
        create.setId("ref-sector-create");
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> openEditor(null));

        grid.setId("ref-sector-grid");
        grid.setAriaLabel(getTranslation("ref.ui.sector.grid.label"));
        grid.addColumn(SectorRef::code).setHeader(getTranslation("ref.ui.sector.field.code"))
                .setKey("code").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::nameFr).setHeader(getTranslation("ref.ui.field.name-fr")).setKey("nameFr");
        grid.addColumn(SectorRef::nameEn).setHeader(getTranslation("ref.ui.field.name-en")).setKey("nameEn");
        grid.addColumn(s -> s.parentCode() == null ? getTranslation("ref.ui.sector.axis") : s.parentCode())
                .setHeader(getTranslation("ref.ui.sector.field.parent")).setKey("parent").setAutoWidth(true);
        grid.addColumn(s -> s.dacCode() == null ? "—" : s.dacCode())
                .setHeader(getTranslation("ref.ui.sector.field.dac")).setKey("dac").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> getTranslation(s.retired() ? "ref.ui.yes" : "ref.ui.no"))
                .setHeader(getTranslation("ref.ui.sector.field.retired")).setKey("retired").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("ref.ui.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        // a short list (a few dozen sectors) read whole, served to the grid page by page
        grid.setItems(query -> sectors.all().stream().skip(query.getOffset()).limit(query.getLimit()),
                query -> sectors.all().size());

        if (administrator) {
            add(create);
        }
        add(grid);
    }

    private Span nameFr(SectorRef sector) {
        var name = new Span(sector.nameFr());
        name.addClassName(sector.isAxis() ? "sector-axis" : "sector-child");
        return name;
    }

    private HorizontalLayout actions(SectorRef sector) {
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (administrator) {
            actions.add(iconButton(VaadinIcon.EDIT, "ref.ui.sector.action.rename", sector.code(),
                    () -> openEditor(sector)));
            actions.add(iconButton(sector.retired() ? VaadinIcon.CHECK : VaadinIcon.BAN,
                    sector.retired() ? "ref.ui.sector.action.reinstate" : "ref.ui.sector.action.retire",
                    sector.code(), () -> setRetired(sector, !sector.retired())));
            actions.add(iconButton(VaadinIcon.TRASH, "ref.ui.sector.action.delete", sector.code(),
                    () -> confirmDelete(sector)));
        }
        actions.add(iconButton(VaadinIcon.TIME_BACKWARD, "ref.ui.action.history", sector.code(),
                () -> openHistory(sector.code(), () -> sectors.history(sector.id()), "ref.ui.history.sector.")));
        return actions;
    }

    void openEditor(SectorRef existing) {
        new SectorDialog(existing, sectors.all().stream().filter(SectorRef::isAxis).toList(), form -> {
            if (existing == null) {
                sectors.create(form.parentCode(), form.code(), form.nameFr(), form.nameEn(), form.dacCode());
            } else {
                sectors.rename(existing.id(), existing.version(), form.nameFr(), form.nameEn(), form.dacCode());
            }
            Notifications.success(getTranslation(existing == null ? "ref.ui.sector.created" : "ref.ui.sector.saved",
                    existing == null ? form.code().trim().toUpperCase() : existing.code()));
            refresh();
        }, this::refresh).open();
    }

    private void setRetired(SectorRef sector, boolean retired) {
        if (Saves.attempt(() -> sectors.setRetired(sector.id(), sector.version(), retired), this::refresh)) {
            Notifications.success(getTranslation(retired ? "ref.ui.sector.retired" : "ref.ui.sector.reinstated",
                    sector.code()));
        }
        refresh();
    }

    private void confirmDelete(SectorRef sector) {
        var confirm = ConfirmDialogs.destructive("ref-sector-delete-dialog",
                getTranslation("ref.ui.sector.delete.title", sector.code()),
                getTranslation("ref.ui.sector.delete.message"),
                getTranslation("ref.ui.sector.delete.confirm"));
        confirm.addConfirmListener(event -> {
            if (Saves.attempt(() -> sectors.delete(sector.id(), sector.version()), this::refresh)) {
                Notifications.success(getTranslation("ref.ui.sector.deleted", sector.code()));
            }
            refresh();
        });
        confirm.open();
    }

    @Override
    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
