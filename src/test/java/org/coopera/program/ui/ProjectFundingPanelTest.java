package org.coopera.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import org.coopera.KaribuTest;
import org.coopera.base.ui.EmptyState;
import org.coopera.program.FundingLine;
import org.coopera.program.ProjectDetail;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectFundingService;
import org.coopera.program.ProjectRow;
import org.coopera.program.ProjectService;
import org.coopera.reference.OrganisationRef;
import org.coopera.reference.PartnerService;
import org.coopera.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The funding section of a project's page: an empty state, a line added through the dialog (a
 * refused amount keeps the dialog open and stores nothing), the budget that follows, the editor's
 * budget then read-only, and the programme's totals per fiscal year.
 */
class ProjectFundingPanelTest extends KaribuTest {

    private static final String CODE = "GTQM-2013-CUL-06";

    @Autowired
    ProjectService projects;
    @Autowired
    ProjectFundingService funding;
    @Autowired
    PartnerService partners;

    private ProjectRow project() {
        return projects.find(ProjectFilter.none().withText(CODE), "code", true, 0, 5).stream()
                .filter(row -> row.code().equals(CODE)).findFirst().orElseThrow();
    }

    @Test
    void anOfficerOfTheGroupAddsALineAndTheBudgetBecomesItsApprovedAmount() {
        ProjectDetail before = projects.detail(project().id()).orElseThrow();
        long id = before.row().id();
        OrganisationRef ministry = partners.findOrganisations("MRIFCE", "CA", PageRequest.of(0, 1)).getFirst();
        login("gestionnaire", Role.MANAGER);
        UI.getCurrent().navigate("projects/" + id);
        try {
            assertThat(_get(EmptyState.class, spec -> spec.withId("funding-none")).getElement().getTextRecursively())
                    .contains("Aucun financement saisi");
            _click(_get(Button.class, spec -> spec.withId("funding-add")));
            IntegerField year = _get(IntegerField.class, spec -> spec.withId("funding-fiscal-year"));
            // a first line starts at the fiscal year of the project's start
            assertThat(year.getValue()).isEqualTo(FundingLine.fiscalYearOf(before.row().startDate()));
            _setValue(year, 2014);
            @SuppressWarnings("unchecked")
            ComboBox<OrganisationRef> funder = _get(ComboBox.class, spec -> spec.withId("funding-funder"));
            _setValue(funder, ministry);
            _setValue(_get(BigDecimalField.class, spec -> spec.withId("funding-approved")), new BigDecimal("50000"));
            _setValue(_get(BigDecimalField.class, spec -> spec.withId("funding-committed")), new BigDecimal("60000"));
            _click(_get(Button.class, spec -> spec.withId("funding-save")));
            assertThat(getNotifications().getLast().getElement().getProperty("text"))
                    .isEqualTo("Le montant engagé ne peut pas dépasser le montant approuvé.");
            assertThat(_find(Button.class, spec -> spec.withId("funding-save"))).as("dialog still open").hasSize(1);
            assertThat(funding.lines(id)).isEmpty();

            _setValue(_get(BigDecimalField.class, spec -> spec.withId("funding-committed")), new BigDecimal("40000"));
            _click(_get(Button.class, spec -> spec.withId("funding-save")));
            assertThat(_find(Button.class, spec -> spec.withId("funding-save"))).as("dialog closed").isEmpty();
            assertThat(funding.lines(id)).extracting(FundingLine::fiscalYearLabel).containsExactly("2014-2015");

            @SuppressWarnings("unchecked")
            Grid<FundingLine> grid = _get(Grid.class, spec -> spec.withId("funding-grid"));
            assertThat(GridKt._size(grid)).isEqualTo(1);
            assertThat(GridKt._getFormattedRow(grid, 0)).contains("2014-2015").anySatisfy(cell ->
                    assertThat(cell.replace('\u202f', ' ').replace('\u00a0', ' ')).isEqualTo("50 000,00 $"));
            assertThat(_get(DescriptionList.class, spec -> spec.withClasses("project-record")).getElement()
                    .getTextRecursively().replace('\u202f', ' ').replace('\u00a0', ' ')).contains("50 000,00 $");

            _click(_get(Button.class, spec -> spec.withId("project-edit")));
            BigDecimalField budget = _get(BigDecimalField.class, spec -> spec.withId("project-budget"));
            assertThat(budget.isReadOnly()).isTrue();
            assertThat(budget.getHelperText()).startsWith("Somme des montants approuvés");
            _click(_get(Button.class, spec -> spec.withId("project-cancel")));

            // removing the line asks first, then the section is empty again and the budget keeps the sum
            _click(_get(GridKt._getCellComponent(_get(Grid.class, spec -> spec.withId("funding-grid")), 0, "actions"),
                    Button.class, spec -> spec.withClasses("funding-ui-delete")));
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("funding-delete-dialog")));
            assertThat(funding.lines(id)).isEmpty();
            assertThat(_find(EmptyState.class, spec -> spec.withId("funding-none"))).hasSize(1);
            assertThat(projects.get(id).orElseThrow().budget()).isEqualByComparingTo("50000");
        } finally {
            login("admin", Role.ADMIN);
            funding.lines(id).forEach(line -> funding.delete(line.id(), line.version()));
            ProjectRow now = projects.get(id).orElseThrow();
            projects.update(now.id(), now.version(), before.toDraft());
        }
    }

    @Test
    void aReaderSeesTheLinesWithoutTheButtonsAndTheProgrammeItsTotals() {
        ProjectDetail before = projects.detail(project().id()).orElseThrow();
        long id = before.row().id();
        OrganisationRef ministry = partners.findOrganisations("MRIFCE", "CA", PageRequest.of(0, 1)).getFirst();
        login("admin", Role.ADMIN);
        funding.add(id, new org.coopera.program.FundingDraft(2013, ministry.id(), new BigDecimal("12000"),
                new BigDecimal("12000"), new BigDecimal("9000")));
        try {
            login("lecteur", Role.READER);
            UI.getCurrent().navigate("projects/" + id);
            assertThat(_find(Button.class, spec -> spec.withId("funding-add"))).isEmpty();
            @SuppressWarnings("unchecked")
            Grid<FundingLine> grid = _get(Grid.class, spec -> spec.withId("funding-grid"));
            assertThat(GridKt._size(grid)).isEqualTo(1);
            var actions = GridKt._getCellComponent(grid, 0, "actions");
            assertThat(_find(actions, Button.class, spec -> spec.withClasses("funding-ui-delete"))).isEmpty();
            assertThat(_find(actions, Button.class, spec -> spec.withClasses("funding-ui-edit"))).isEmpty();
            assertThat(_find(actions, Button.class, spec -> spec.withClasses("funding-ui-history"))).hasSize(1);

            UI.getCurrent().navigate("programs/" + before.row().programId());
            @SuppressWarnings("unchecked")
            Grid<org.coopera.program.FundingTotal> totals = _get(Grid.class, spec -> spec.withId("program-funding-grid"));
            assertThat(GridKt._size(totals)).isEqualTo(1);
            assertThat(GridKt._getFormattedRow(totals, 0)).first().isEqualTo("2013-2014");
        } finally {
            login("admin", Role.ADMIN);
            funding.lines(id).forEach(line -> funding.delete(line.id(), line.version()));
            ProjectRow now = projects.get(id).orElseThrow();
            projects.update(now.id(), now.version(), before.toDraft());
        }
    }
}
