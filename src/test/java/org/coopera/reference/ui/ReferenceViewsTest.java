package org.coopera.reference.ui;

import org.coopera.KaribuTest;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.coopera.base.HistoryEntry;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.reference.CountryRef;
import org.coopera.reference.CountryService;
import org.coopera.reference.OrganisationRef;
import org.coopera.reference.OrganisationType;
import org.coopera.reference.PartnerService;
import org.coopera.reference.ReferenceDrafts.OrganisationDraft;
import org.coopera.reference.SectorRef;
import org.coopera.reference.SectorService;
import org.coopera.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The reference-data screen: sectors, organisations and who may open it. */
class ReferenceViewsTest extends KaribuTest {

    @Autowired
    SectorService sectors;

    @Autowired
    PartnerService partners;

    @Autowired
    CountryService countries;

    private static String unique(String prefix) {
        return prefix + (System.nanoTime() % 100_000_000);
    }

    private void open(Role role) {
        login(role == Role.ADMIN ? "admin" : "gestionnaire", role);
        UI.getCurrent().navigate("reference");
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static <T> List<T> rows(Grid<T> grid) {
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }

    private static int rowOf(Grid<SectorRef> grid, String code) {
        List<SectorRef> rows = rows(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no sector " + code + " in the grid");
    }

    private static Button rowAction(Grid<?> grid, int row, String className) {
        var actions = GridKt._getCellComponent(grid, row, "actions");
        return actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.hasClassName(className)).findFirst().orElseThrow();
    }

    private static List<String> notificationTexts() {
        return getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    @SuppressWarnings("unchecked")
    private void createSector(String code, String nameFr) {
        _click(_get(Button.class, spec -> spec.withId("ref-sector-create")));
        // under the last axis: a new sector sorts first among its siblings, and other tests read the first sectors
        _setValue(_get(ComboBox.class, spec -> spec.withId("ref-sector-parent")), sectors.byCode("GOV").orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("ref-sector-code")), code);
        _setValue(_get(TextField.class, spec -> spec.withId("ref-sector-name-fr")), nameFr);
        _setValue(_get(TextField.class, spec -> spec.withId("ref-sector-name-en")), nameFr + " (en)");
        _click(_get(Button.class, spec -> spec.withId("ref-sector-save")));
    }

    private static void selectTab(int index) {
        _get(TabSheet.class, spec -> spec.withId("ref-tabs")).setSelectedIndex(index);
    }

    @Test
    void anAdministratorSeesTheSectorsWithSubSectorsUnderTheirAxis() {
        open(Role.ADMIN);
        assertThat(_find(ReferenceDataView.class)).hasSize(1);
        assertThat(_get(H2.class, spec -> spec.withId("ref-sectors-heading")).getText()).isEqualTo("Secteurs");
        Grid<SectorRef> grid = grid("ref-sector-grid");
        assertThat(grid.getAriaLabel()).contains("Secteurs, chaque axe suivi de ses sous-secteurs");
        int economy = rowOf(grid, "ECO");
        int social = rowOf(grid, "ECO-SOC");
        assertThat(social).isGreaterThan(economy);
        SectorRef socialEconomy = GridKt._get(grid, social);
        assertThat(socialEconomy.nameFr()).isEqualTo("Économie sociale");
        assertThat(socialEconomy.parentCode()).isEqualTo("ECO");
        // every row between the axis and its sub-sector is another sub-sector of that axis
        for (int i = economy + 1; i < social; i++) {
            assertThat(GridKt._get(grid, i).parentCode()).isEqualTo("ECO");
        }
        assertThat(GridKt._getFormattedRow(grid, social)).contains("ECO-SOC", "Social economy", "ECO", "Non");
    }

    @Test
    void anAdministratorCreatesASectorAndItAppears() {
        open(Role.ADMIN);
        String code = unique("T");
        createSector(code, "Secteur d’essai " + code);

        assertThat(_find(Button.class, spec -> spec.withId("ref-sector-save"))).as("dialog closed").isEmpty();
        assertThat(sectors.byCode(code)).isPresent();
        Grid<SectorRef> grid = grid("ref-sector-grid");
        SectorRef created = GridKt._get(grid, rowOf(grid, code));
        assertThat(created.nameFr()).isEqualTo("Secteur d’essai " + code);
        assertThat(created.parentCode()).isEqualTo("GOV");
        assertThat(notificationTexts()).contains("Secteur " + code + " créé.");
    }

    @Test
    void aDuplicateCodeIsExplainedAndNothingIsCreated() {
        open(Role.ADMIN);
        int before = sectors.all().size();
        createSector("ECO", "Doublon");

        assertThat(notificationTexts()).contains("Le code de secteur «\u00a0ECO\u00a0» existe déjà.");
        assertThat(_find(Button.class, spec -> spec.withId("ref-sector-save"))).as("dialog stays open").hasSize(1);
        assertThat(sectors.all()).hasSize(before);
        assertThat(sectors.byCode("ECO").orElseThrow().nameFr()).isEqualTo("Économie");
    }

    @Test
    void aManagerSeesTheSectorsButCannotChangeThem() {
        open(Role.MANAGER);
        Grid<SectorRef> grid = grid("ref-sector-grid");
        assertThat(_size(grid)).isGreaterThanOrEqualTo(11);
        assertThat(_find(Button.class, spec -> spec.withId("ref-sector-create"))).isEmpty();
        var actions = GridKt._getCellComponent(grid, rowOf(grid, "ECO"), "actions");
        assertThat(actions.getChildren().map(c -> c.getClassNames().toString()).toList())
                .containsExactly("[ref-ui-action-history]");
    }

    @Test
    void retiringASectorMarksItRetiredAndItsHistoryShowsTheChange() {
        open(Role.ADMIN);
        String code = unique("R");
        sectors.create("GOV", code, "À retirer " + code, "To retire " + code, null);
        UI.getCurrent().navigate("reference");  // read again
        Grid<SectorRef> grid = grid("ref-sector-grid");

        _click(rowAction(grid, rowOf(grid, code), "ref-ui-sector-action-retire"));

        assertThat(sectors.byCode(code).orElseThrow().retired()).isTrue();
        assertThat(GridKt._get(grid, rowOf(grid, code)).retired()).isTrue();
        assertThat(GridKt._getFormattedRow(grid, rowOf(grid, code))).contains("Oui");
        assertThat(notificationTexts()).contains("Secteur " + code + " retiré.");

        _click(rowAction(grid, rowOf(grid, code), "ref-ui-action-history"));
        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> history = _get(HistoryPanel.class).getChildren()
                .filter(Grid.class::isInstance).map(Grid.class::cast).findFirst().orElseThrow();
        assertThat(_size(history)).isEqualTo(2);
        assertThat(GridKt._get(history, 0).kind()).isEqualTo(HistoryEntry.Kind.MODIFIED);
    }

    @Test
    void anAdministratorRenamesThenDeletesAnUnusedSector() {
        open(Role.ADMIN);
        String code = unique("D");
        sectors.create("GOV", code, "À renommer " + code, "To rename " + code, null);
        UI.getCurrent().navigate("reference");
        Grid<SectorRef> grid = grid("ref-sector-grid");

        _click(rowAction(grid, rowOf(grid, code), "ref-ui-sector-action-rename"));
        _setValue(_get(TextField.class, spec -> spec.withId("ref-sector-name-fr")), "Renommé " + code);
        _setValue(_get(TextField.class, spec -> spec.withId("ref-sector-dac")), "15110");
        _click(_get(Button.class, spec -> spec.withId("ref-sector-save")));
        SectorRef renamed = sectors.byCode(code).orElseThrow();
        assertThat(renamed.nameFr()).isEqualTo("Renommé " + code);
        assertThat(renamed.dacCode()).isEqualTo("15110");

        _click(rowAction(grid, rowOf(grid, code), "ref-ui-sector-action-delete"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("ref-sector-delete-dialog")));
        assertThat(sectors.byCode(code)).isEmpty();
        assertThat(rows(grid)).noneMatch(s -> s.code().equals(code));
        assertThat(notificationTexts()).contains("Secteur " + code + " supprimé.");
    }

    @Test
    void anAxisWithSubSectorsIsNotDeletedAndTheReasonIsShown() {
        open(Role.ADMIN);
        Grid<SectorRef> grid = grid("ref-sector-grid");
        _click(rowAction(grid, rowOf(grid, "ECO"), "ref-ui-sector-action-delete"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("ref-sector-delete-dialog")));

        assertThat(sectors.byCode("ECO")).isPresent();
        assertThat(notificationTexts())
                .contains("Le secteur ECO a des sous-secteurs\u00a0: retirez-le plutôt que de le supprimer.");
    }

    @Test
    void aStaleRenameIsRefusedWithTheConflictMessage() {
        open(Role.ADMIN);
        String code = unique("C");
        SectorRef sector = sectors.create("GOV", code, "Avant " + code, "Before " + code, null);
        UI.getCurrent().navigate("reference");
        Grid<SectorRef> grid = grid("ref-sector-grid");
        _click(rowAction(grid, rowOf(grid, code), "ref-ui-sector-action-rename"));
        sectors.rename(sector.id(), sector.version(), "Ailleurs " + code, "Elsewhere " + code, null);

        _setValue(_get(TextField.class, spec -> spec.withId("ref-sector-name-fr")), "Mon changement");
        _click(_get(Button.class, spec -> spec.withId("ref-sector-save")));

        assertThat(sectors.byCode(code).orElseThrow().nameFr()).isEqualTo("Ailleurs " + code);
        ConfirmDialog conflict = _get(ConfirmDialog.class, spec -> spec.withId("conflict-dialog"));
        assertThat(ConfirmDialogKt.getText(conflict)).startsWith("Quelqu’un d’autre a enregistré");
        ConfirmDialogKt._fireConfirm(conflict);
        assertThat(_find(Button.class, spec -> spec.withId("ref-sector-save"))).as("editor closed").isEmpty();
    }

    @Test
    void theOrganisationsFilterByTextAndCountry() {
        open(Role.MANAGER);
        selectTab(1);
        Grid<OrganisationRef> grid = grid("ref-organisation-grid");
        assertThat(_size(grid)).isGreaterThanOrEqualTo(10);

        _setValue(_get(TextField.class, spec -> spec.withId("ref-organisation-filter")), "UNAM");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).startsWith("Universidad Nacional Autónoma de México", "UNAM",
                "MX", "Université");

        @SuppressWarnings("unchecked")
        ComboBox<CountryRef> country = _get(ComboBox.class, spec -> spec.withId("ref-organisation-country-filter"));
        _setValue(country, countries.byCode("CA").orElseThrow());
        assertThat(_size(grid)).isZero();
        _setValue(_get(TextField.class, spec -> spec.withId("ref-organisation-filter")), "");
        assertThat(_size(grid)).isEqualTo((int) partners.countOrganisations("", "CA")).isPositive();
        assertThat(rows(grid)).allSatisfy(o -> assertThat(o.countryCode()).isEqualTo("CA"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerCreatesAnOrganisationAndABlankNameIsRefusedOnTheField() {
        open(Role.MANAGER);
        selectTab(1);
        String name = unique("Institut d’essai ");
        long before = partners.countOrganisations("", "MX");

        _click(_get(Button.class, spec -> spec.withId("ref-organisation-create")));
        TextField nameField = _get(TextField.class, spec -> spec.withId("ref-organisation-name"));
        _setValue(nameField, "   ");
        _setValue(_get(ComboBox.class, spec -> spec.withId("ref-organisation-country")),
                countries.byCode("MX").orElseThrow());
        _setValue(_get(Select.class, spec -> spec.withId("ref-organisation-type")), OrganisationType.RESEARCH_CENTRE);
        _click(_get(Button.class, spec -> spec.withId("ref-organisation-save")));

        assertThat(nameField.isInvalid()).isTrue();
        assertThat(nameField.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(partners.countOrganisations("", "MX")).isEqualTo(before);

        _setValue(nameField, name);
        _setValue(_get(TextField.class, spec -> spec.withId("ref-organisation-acronym")), "IE");
        _click(_get(Button.class, spec -> spec.withId("ref-organisation-save")));

        assertThat(_find(Button.class, spec -> spec.withId("ref-organisation-save"))).as("dialog closed").isEmpty();
        OrganisationRef created = partners.findOrganisations(name, "MX", PageRequest.of(0, 5)).getFirst();
        assertThat(created.type()).isEqualTo(OrganisationType.RESEARCH_CENTRE);
        assertThat(created.acronym()).isEqualTo("IE");
        assertThat(notificationTexts()).contains("Organisation «\u00a0" + name + "\u00a0» créée.");
        _setValue(_get(TextField.class, spec -> spec.withId("ref-organisation-filter")), name);
        assertThat(_size(grid("ref-organisation-grid"))).isEqualTo(1);
    }

    @Test
    void aManagerCorrectsAnOrganisationAndItsHistoryShowsTheChange() {
        open(Role.MANAGER);
        String name = unique("Centre d’essai ");
        OrganisationRef organisation = partners.createOrganisation(
                new OrganisationDraft(name, null, "MX", OrganisationType.OTHER));
        selectTab(1);
        _setValue(_get(TextField.class, spec -> spec.withId("ref-organisation-filter")), name);
        Grid<OrganisationRef> grid = grid("ref-organisation-grid");
        assertThat(_size(grid)).isEqualTo(1);

        _click(rowAction(grid, 0, "ref-ui-organisation-action-edit"));
        assertThat(_get(TextField.class, spec -> spec.withId("ref-organisation-name")).getValue()).isEqualTo(name);
        _setValue(_get(TextField.class, spec -> spec.withId("ref-organisation-acronym")), "CE");
        _click(_get(Button.class, spec -> spec.withId("ref-organisation-save")));

        assertThat(partners.organisation(organisation.id()).orElseThrow().acronym()).isEqualTo("CE");
        assertThat(notificationTexts()).contains("Organisation «\u00a0" + name + "\u00a0» enregistrée.");
        _click(rowAction(grid, 0, "ref-ui-action-history"));
        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> history = _get(HistoryPanel.class).getChildren()
                .filter(Grid.class::isInstance).map(Grid.class::cast).findFirst().orElseThrow();
        assertThat(_size(history)).isEqualTo(2);
        assertThat(GridKt._get(history, 0).author()).isEqualTo("gestionnaire");
    }

    @Test
    void aPersonIsAddedWithAnOrganisation() {
        open(Role.MANAGER);
        selectTab(2);
        String name = unique("Personne Essai ");
        _click(_get(Button.class, spec -> spec.withId("ref-person-create")));
        _setValue(_get(TextField.class, spec -> spec.withId("ref-person-full-name")), name);
        _setValue(_get(TextField.class, spec -> spec.withId("ref-person-title")), "Directrice");
        @SuppressWarnings("unchecked")
        ComboBox<OrganisationRef> organisation = _get(ComboBox.class, spec -> spec.withId("ref-person-organisation"));
        _setValue(organisation, partners.resolveOrganisation("UNAM", "MX").orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("ref-person-save")));

        assertThat(partners.countPeople(name)).isEqualTo(1);
        assertThat(partners.findPeople(name, PageRequest.of(0, 1)).getFirst().organisationLabel()).contains("UNAM");
        _setValue(_get(TextField.class, spec -> spec.withId("ref-person-filter")), name);
        assertThat(_size(grid("ref-person-grid"))).isEqualTo(1);
    }

    @Test
    void anInvalidSubdivisionCodeIsRefusedOnTheField() {
        open(Role.MANAGER);
        selectTab(3);
        assertThat(_size(grid("ref-jurisdiction-grid"))).isPositive();
        long before = partners.countJurisdictions("");
        _click(_get(Button.class, spec -> spec.withId("ref-jurisdiction-create")));
        TextField subdivision = _get(TextField.class, spec -> spec.withId("ref-jurisdiction-subdivision"));
        _setValue(subdivision, "bavière");
        _click(_get(Button.class, spec -> spec.withId("ref-jurisdiction-save")));

        assertThat(subdivision.isInvalid()).isTrue();
        assertThat(subdivision.getErrorMessage()).isEqualTo("Code de subdivision ISO 3166-2 attendu, par exemple DE-BY.");
        assertThat(partners.countJurisdictions("")).isEqualTo(before);
    }

    @Test
    void readersAndOfficersAreRefused() {
        for (Role role : List.of(Role.READER, Role.OFFICER)) {
            login("agent", role);
            UI.getCurrent().navigate("reference");
            assertThat(_get(H2.class).getText()).as(role.name()).isEqualTo("Accès refusé");
            assertThat(_find(ReferenceDataView.class)).isEmpty();
        }
    }
}
