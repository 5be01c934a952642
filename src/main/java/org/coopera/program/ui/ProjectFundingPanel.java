package org.coopera.program.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.coopera.base.Amounts;
import org.coopera.base.ui.ConfirmDialogs;
import org.coopera.base.ui.EmptyState;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.base.ui.IconButtons;
import org.coopera.base.ui.Notifications;
import org.coopera.base.ui.PageSection;
import org.coopera.base.ui.Saves;
import org.coopera.program.FundingLine;
import org.coopera.program.ProjectFundingService;
import org.coopera.program.ProjectRow;
import org.coopera.reference.PartnerService;

/**
 * A project's funding lines with their totals, and for those who may change the project, adding,
 * editing and removing lines. A change redraws the page: the project's budget is the new sum.
 */
class ProjectFundingPanel extends PageSection {

    final Grid<FundingLine> grid = new Grid<>();
    final Button add = new Button();

    private final ProjectFundingService funding;
    private final PartnerService partners;
    private final long projectId;
    private final boolean mayEdit;
    private final int newLineYear;

    ProjectFundingPanel(ProjectFundingService funding, PartnerService partners, ProjectRow project,
                        boolean mayEdit) {
        super("project-funding", "funding.ui.section");
        this.funding = funding;
        this.partners = partners;
        this.projectId = project.id();
        this.mayEdit = mayEdit;
        List<FundingLine> lines = funding.lines(projectId);
        // a new line starts at the latest year entered, else at the project's start, else this year
        this.newLineYear = lines.stream().mapToInt(FundingLine::fiscalYear).max().orElseGet(() ->
                FundingLine.fiscalYearOf(project.startDate() != null ? project.startDate() : LocalDate.now()));

        add.setText(getTranslation("funding.ui.add"));
        add.setId("funding-add");
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(click -> openDialog(null));
        if (mayEdit) {
            add(add);
        }
        if (lines.isEmpty()) {
            var empty = EmptyState.of(this, "funding.ui.none.title",
                    mayEdit ? "funding.ui.none.hint" : "funding.ui.none.hint-reader");
            empty.setId("funding-none");
            add(empty);
            return;
        }
        grid.setId("funding-grid");
        grid.setAriaLabel(getTranslation("funding.ui.section"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        var year = grid.addColumn(FundingLine::fiscalYearLabel).setHeader(getTranslation("funding.ui.field.fiscalYear"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FundingLine::funder).setHeader(getTranslation("funding.ui.field.funderId")).setFlexGrow(1);
        amount("funding.ui.field.approved", FundingLine::approved, lines);
        amount("funding.ui.field.committed", FundingLine::committed, lines);
        amount("funding.ui.field.paid", FundingLine::paid, lines);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("funding.ui.actions")).setKey("actions").setAutoWidth(true)
                .setFlexGrow(0);
        year.setFooter(getTranslation("funding.ui.total"));
        grid.setItems(lines);
        add(grid);
    }

    private void amount(String headerKey, Function<FundingLine, BigDecimal> value, List<FundingLine> lines) {
        BigDecimal total = lines.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
        var footer = new Span(Amounts.cad(total, getLocale()));
        footer.addClassName("funding-total");
        grid.addColumn(line -> Amounts.cad(value.apply(line), getLocale())).setHeader(getTranslation(headerKey))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setFooter(footer);
    }

    private HorizontalLayout actions(FundingLine line) {
        String subject = line.fiscalYearLabel() + " — " + line.funder();
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (mayEdit) {
            actions.add(iconButton(VaadinIcon.EDIT, "funding.ui.edit", subject, () -> openDialog(line)));
        }
        actions.add(iconButton(VaadinIcon.TIME_BACKWARD, "funding.ui.history", subject,
                () -> HistoryPanel.openDialog("funding-history-dialog", getTranslation("history.of", subject),
                        () -> funding.history(line.id()), "funding.ui.field.")));
        if (mayEdit) {
            actions.add(iconButton(VaadinIcon.TRASH, "funding.ui.delete", subject, () -> confirmDelete(line, subject)));
        }
        return actions;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, String subject, Runnable action) {
        return IconButtons.labelled(this, icon, labelKey, subject, action);
    }

    private void openDialog(FundingLine existing) {
        new FundingDialog(partners, existing, newLineYear, draft -> {
            if (existing == null) {
                funding.add(projectId, draft);
            } else {
                funding.update(existing.id(), existing.version(), draft);
            }
            Notifications.success(getTranslation("funding.ui.saved"));
            redraw();
        }, this::redraw).open();
    }

    private void confirmDelete(FundingLine line, String subject) {
        var confirm = ConfirmDialogs.destructive("funding-delete-dialog",
                getTranslation("funding.ui.delete.title", subject), getTranslation("funding.ui.delete.message"),
                getTranslation("funding.ui.delete.confirm"));
        confirm.addConfirmListener(event -> {
            if (Saves.attempt(() -> funding.delete(line.id(), line.version()), this::redraw)) {
                Notifications.success(getTranslation("funding.ui.deleted", subject));
                redraw();
            }
        });
        confirm.open();
    }

    /** The whole page again: the budget in the project's record follows its funding. */
    private void redraw() {
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
