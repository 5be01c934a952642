package org.coopera.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.coopera.exchange.FieldChange;
import org.coopera.exchange.ImportPreview;
import org.coopera.exchange.NewOrganisation;
import org.coopera.exchange.PreviewRow;
import org.coopera.exchange.RowError;

/**
 * What an import would do, before anything is written: rows to create, to change field by field,
 * unchanged, in error (tabs), the organisations it would create (only if the user agrees), and the
 * buttons to confirm or cancel. Confirm is enabled only for a file without errors.
 */
class ImportPreviewPanel extends Div {

    final Paragraph summary = new Paragraph();
    final Tabs tabs = new Tabs();
    final Tab createTab = new Tab();
    final Tab updateTab = new Tab();
    final Tab unchangedTab = new Tab();
    final Tab errorTab = new Tab();
    final Grid<PreviewRow> rows = new Grid<>();
    final Grid<RowError> errors = new Grid<>();
    final Div organisations = new Div();
    final Checkbox createOrganisations = new Checkbox();
    final Paragraph blocked = new Paragraph();
    final Button confirm = new Button();
    final Button cancel = new Button();

    private ImportPreview preview;

    ImportPreviewPanel(Runnable onConfirm, Runnable onCancel) {
        setId("import-preview");
        summary.setId("import-summary");
        summary.getElement().setAttribute("role", "status");
        createTab.setId("import-tab-create");
        updateTab.setId("import-tab-update");
        unchangedTab.setId("import-tab-unchanged");
        errorTab.setId("import-tab-errors");
        tabs.add(createTab, updateTab, unchangedTab, errorTab);
        tabs.setId("import-tabs");
        tabs.addSelectedChangeListener(event -> showTab());
        configureRows();
        configureErrors();

        organisations.setId("import-organisations");
        createOrganisations.setId("import-create-organisations");
        createOrganisations.setLabel(getTranslation("exchange.ui.import.organisations.confirm"));
        createOrganisations.addValueChangeListener(e -> updateConfirm());

        blocked.setId("import-blocked");
        blocked.addClassName("form-failure");
        blocked.setText(getTranslation("exchange.ui.import.errors-block"));

        confirm.setId("import-confirm");
        confirm.setText(getTranslation("exchange.ui.import.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> onConfirm.run());
        cancel.setId("import-cancel");
        cancel.setText(getTranslation("exchange.ui.import.cancel"));
        cancel.addClickListener(click -> onCancel.run());

        add(new H3(getTranslation("exchange.ui.import.title")), summary, tabs, rows, errors, organisations, blocked,
                new HorizontalLayout(confirm, cancel));
        setVisible(false);
    }

    private void configureRows() {
        rows.setId("import-rows");
        rows.setAriaLabel(getTranslation("exchange.ui.import.col.changes"));
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        rows.addColumn(PreviewRow::row).setHeader(getTranslation("exchange.ui.import.col.row")).setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(PreviewRow::code).setHeader(getTranslation("exchange.ui.import.col.code")).setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(PreviewRow::program).setHeader(getTranslation("exchange.ui.import.col.program"))
                .setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(this::changesText).setHeader(getTranslation("exchange.ui.import.col.changes")).setFlexGrow(1);
        rows.setAllRowsVisible(false);
        rows.setHeight("28em");
    }

    private void configureErrors() {
        errors.setId("import-errors");
        errors.setAriaLabel(getTranslation("exchange.ui.import.tab.errors", ""));
        errors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        errors.addColumn(RowError::row).setHeader(getTranslation("exchange.ui.import.col.row")).setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(e -> e.column() == null ? getTranslation("exchange.ui.import.whole-row")
                : getTranslation(e.column().headerKey())).setHeader(getTranslation("exchange.ui.import.col.column"))
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(RowError::message).setHeader(getTranslation("exchange.ui.import.col.reason")).setFlexGrow(1);
        errors.setHeight("28em");
    }

    /** Shows a checked file's preview. */
    void show(ImportPreview done) {
        preview = done;
        String format = done.encoding() == null ? done.format()
                : done.format() + ", " + getTranslation("exchange.ui.import.encoding", done.encoding());
        summary.setText(getTranslation("exchange.ui.import.summary", done.fileName(), done.rowCount(), format,
                done.creates().size(), done.updates().size(), done.unchanged().size(), done.rowsInError()));
        createTab.setLabel(getTranslation("exchange.ui.import.tab.create", done.creates().size()));
        updateTab.setLabel(getTranslation("exchange.ui.import.tab.update", done.updates().size()));
        unchangedTab.setLabel(getTranslation("exchange.ui.import.tab.unchanged", done.unchanged().size()));
        errorTab.setLabel(getTranslation("exchange.ui.import.tab.errors", done.errors().size()));
        errors.setItems(done.errors());

        organisations.removeAll();
        createOrganisations.setValue(false);
        if (!done.newOrganisations().isEmpty()) {
            organisations.add(new H3(getTranslation("exchange.ui.import.organisations", done.newOrganisations().size())));
            var list = new UnorderedList();
            for (NewOrganisation organisation : done.newOrganisations()) {
                list.add(new ListItem(getTranslation("exchange.ui.import.organisation-line", organisation.name(),
                        organisation.countryCode(), organisation.rows().stream().map(String::valueOf)
                                .collect(Collectors.joining(", ")))));
            }
            organisations.add(list, createOrganisations);
        }
        organisations.setVisible(!done.newOrganisations().isEmpty() && done.valid());
        blocked.setVisible(!done.valid());
        tabs.setSelectedTab(!done.valid() ? errorTab : done.creates().isEmpty() && !done.updates().isEmpty() ? updateTab
                : createTab);
        showTab();
        updateConfirm();
        setVisible(true);
    }

    /** Forgets the preview (after the import, or when the user cancels or sends another file). */
    void clear() {
        preview = null;
        setVisible(false);
        updateConfirm();
    }

    ImportPreview preview() {
        return preview;
    }

    boolean organisationsAgreed() {
        return createOrganisations.getValue();
    }

    List<PreviewRow> shownRows() {
        return rows.getGenericDataView().getItems().toList();
    }

    private void showTab() {
        if (preview == null) {
            return;
        }
        Tab selected = tabs.getSelectedTab();
        boolean errorList = selected == errorTab;
        errors.setVisible(errorList);
        rows.setVisible(!errorList);
        if (!errorList) {
            rows.setItems(selected == updateTab ? preview.updates() : selected == unchangedTab ? preview.unchanged()
                    : preview.creates());
        }
    }

    private String changesText(PreviewRow row) {
        return row.changes().stream().map(this::changeText).collect(Collectors.joining(" · "));
    }

    private String changeText(FieldChange change) {
        String field = getTranslation(change.column().headerKey());
        if (change.oldValue() == null && preview != null
                && preview.creates().stream().anyMatch(r -> r.changes().contains(change))) {
            return field + "\u00a0: " + change.newValue();
        }
        return field + "\u00a0: " + Objects.requireNonNullElse(change.oldValue(), "—") + " → "
                + Objects.requireNonNullElse(change.newValue(), "—");
    }

    private void updateConfirm() {
        boolean nothing = preview == null || preview.plan().isEmpty();
        confirm.setEnabled(preview != null && preview.valid() && !nothing
                && (preview.newOrganisations().isEmpty() || createOrganisations.getValue()));
    }
}
