package org.coopera.reference.ui;

import org.coopera.KaribuTest;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.coopera.base.HistoryEntry;
import org.coopera.reference.CountryRef;
import org.coopera.reference.JurisdictionKind;
import org.coopera.reference.JurisdictionRef;
import org.coopera.reference.OrganisationRef;
import org.coopera.reference.PartnerService;
import org.coopera.reference.PersonRef;
import org.coopera.reference.ReferenceDrafts.JurisdictionDraft;
import org.coopera.reference.ReferenceDrafts.PersonDraft;
import org.coopera.security.Role;
import org.coopera.workinggroup.CoChairDraft;
import org.coopera.workinggroup.CoChairSide;
import org.coopera.workinggroup.WorkingGroupDraft;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Correcting and deleting people and partner jurisdictions on the reference-data screen: the
 * dialogs open filled in, bad input stays on the field, a stale save offers to reload, a
 * deletion asks first and is refused (with the reason) while a working group references the record.
 */
class ReferenceCorrectionsTest extends KaribuTest {

    @Autowired
    PartnerService partners;

    @Autowired
    WorkingGroupService workingGroups;

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    private void open(int tab) {
        login("gestionnaire", Role.MANAGER);
        UI.getCurrent().navigate("reference");
        _get(TabSheet.class, spec -> spec.withId("ref-tabs")).setSelectedIndex(tab);
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static Button rowAction(Grid<?> grid, int row, String className) {
        var actions = GridKt._getCellComponent(grid, row, "actions");
        return actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.hasClassName(className)).findFirst().orElseThrow();
    }

    private static List<String> notificationTexts() {
        return getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    private static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static boolean present(String id) {
        return !_find(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).isEmpty();
    }

    @BeforeEach
    void signIn() {
        login("gestionnaire", Role.MANAGER);
    }

    @Test
    void aManagerCorrectsAPersonABlankNameIsRefusedOnTheFieldAndTheHistoryShowsTheChange() {
        String name = unique("Personne à corriger ");
        PersonRef person = partners.createPerson(new PersonDraft(name, "Directeur", null));
        open(2);
        _setValue(text("ref-person-filter"), name);
        Grid<PersonRef> grid = grid("ref-person-grid");
        assertThat(_size(grid)).isEqualTo(1);

        _click(rowAction(grid, 0, "registry-person-action-edit"));
        assertThat(text("ref-person-full-name").getValue()).isEqualTo(name);
        assertThat(text("ref-person-title").getValue()).isEqualTo("Directeur");
        _setValue(text("ref-person-full-name"), " ");
        click("ref-person-save");
        assertThat(text("ref-person-full-name").isInvalid()).isTrue();
        assertThat(text("ref-person-full-name").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(partners.person(person.id()).orElseThrow().fullName()).isEqualTo(name);

        _setValue(text("ref-person-full-name"), name + " bis");
        @SuppressWarnings("unchecked")
        ComboBox<OrganisationRef> organisation = _get(ComboBox.class, spec -> spec.withId("ref-person-organisation"));
        _setValue(organisation, partners.resolveOrganisation("UNAM", "MX").orElseThrow());
        click("ref-person-save");

        assertThat(present("ref-person-dialog")).isFalse();
        PersonRef saved = partners.person(person.id()).orElseThrow();
        assertThat(saved.fullName()).isEqualTo(name + " bis");
        assertThat(saved.organisationLabel()).contains("UNAM");
        assertThat(notificationTexts()).contains("Personne «\u00a0" + name + " bis\u00a0» enregistrée.");
        assertThat(partners.personHistory(person.id())).extracting(HistoryEntry::author)
                .containsExactly("gestionnaire", "gestionnaire");
    }

    @Test
    void aStalePersonCorrectionOffersToReloadAndOverwritesNothing() {
        String name = unique("Personne disputée ");
        PersonRef person = partners.createPerson(new PersonDraft(name, null, null));
        open(2);
        _setValue(text("ref-person-filter"), name);
        _click(rowAction(grid("ref-person-grid"), 0, "registry-person-action-edit"));
        partners.updatePerson(person.id(), person.version(), new PersonDraft(name, "Saisi ailleurs", null));

        _setValue(text("ref-person-title"), "Mon titre");
        click("ref-person-save");
        ConfirmDialog conflict = _get(ConfirmDialog.class, spec -> spec.withId("conflict-dialog"));
        ConfirmDialogKt._fireConfirm(conflict);
        assertThat(present("ref-person-dialog")).isFalse();
        assertThat(partners.person(person.id()).orElseThrow().title()).isEqualTo("Saisi ailleurs");
        assertThat(GridKt._getFormattedRow(grid("ref-person-grid"), 0)).contains("Saisi ailleurs");
    }

    @Test
    void aPersonIsDeletedAfterConfirmationButNotWhileCoChairing() {
        String name = unique("Personne effacée ");
        PersonRef unused = partners.createPerson(new PersonDraft(name, null, null));
        String chairName = unique("Coprésidente ");
        PersonRef chair = partners.createPerson(new PersonDraft(chairName, null, null));
        WorkingGroupSummary group = newWorkingGroup();
        workingGroups.addCoChair(group.id(), new CoChairDraft(CoChairSide.PARTNER, chair.id(), null, null, null, null));
        open(2);

        _setValue(text("ref-person-filter"), chairName);
        _click(rowAction(grid("ref-person-grid"), 0, "registry-person-action-delete"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("ref-person-delete-dialog")));
        assertThat(notificationTexts()).containsExactly(chairName
                + " ne peut pas être supprimé(e)\u00a0: coprésidence du ou des groupes de travail " + group.acronym() + ".");
        assertThat(partners.person(chair.id())).isPresent();

        clearNotifications();
        _setValue(text("ref-person-filter"), name);
        _click(rowAction(grid("ref-person-grid"), 0, "registry-person-action-delete"));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("ref-person-delete-dialog"));
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(partners.person(unused.id())).as("cancelled: kept").isPresent();
        _click(rowAction(grid("ref-person-grid"), 0, "registry-person-action-delete"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("ref-person-delete-dialog")));
        assertThat(partners.person(unused.id())).isEmpty();
        assertThat(notificationTexts()).containsExactly("Personne «\u00a0" + name + "\u00a0» supprimée.");
        assertThat(_size(grid("ref-person-grid"))).isZero();
    }

    @Test
    void aManagerCorrectsAJurisdictionAndCannotDeleteAWorkingGroupsPartner() {
        WorkingGroupSummary group = newWorkingGroup();
        JurisdictionRef partner = partners.jurisdiction(group.jurisdictionId()).orElseThrow();
        open(3);
        _setValue(text("ref-jurisdiction-filter"), partner.nameFr());
        Grid<JurisdictionRef> grid = grid("ref-jurisdiction-grid");
        assertThat(_size(grid)).isEqualTo(1);

        _click(rowAction(grid, 0, "registry-jurisdiction-action-edit"));
        @SuppressWarnings("unchecked")
        ComboBox<CountryRef> country = _get(ComboBox.class, spec -> spec.withId("ref-jurisdiction-country"));
        assertThat(country.getValue().code()).isEqualTo("DE");
        assertThat(text("ref-jurisdiction-name-fr").getValue()).isEqualTo(partner.nameFr());
        _setValue(text("ref-jurisdiction-subdivision"), "bavière");
        click("ref-jurisdiction-save");
        assertThat(text("ref-jurisdiction-subdivision").isInvalid()).isTrue();
        _setValue(text("ref-jurisdiction-subdivision"), "");
        _setValue(text("ref-jurisdiction-name-en"), partner.nameEn() + " (corrected)");
        click("ref-jurisdiction-save");
        assertThat(present("ref-jurisdiction-dialog")).isFalse();
        assertThat(partners.jurisdiction(partner.id()).orElseThrow().nameEn()).isEqualTo(partner.nameEn() + " (corrected)");

        clearNotifications();
        _click(rowAction(grid, 0, "registry-jurisdiction-action-delete"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("ref-jurisdiction-delete-dialog")));
        assertThat(notificationTexts()).containsExactly(partner.nameFr()
                + " ne peut pas être supprimé\u00a0: c’est le partenaire du ou des groupes de travail " + group.acronym() + ".");
        assertThat(partners.jurisdiction(partner.id())).isPresent();
    }

    /** A working group with a jurisdiction of its own (so that the demo data stay untouched). */
    private WorkingGroupSummary newWorkingGroup() {
        login("gestionnaire", Role.MANAGER);
        String suffix = unique("");
        JurisdictionRef land = partners.createJurisdiction(new JurisdictionDraft("DE", JurisdictionKind.FEDERATED_STATE,
                null, "Land " + suffix, "Land " + suffix));
        return workingGroups.create(new WorkingGroupDraft("RK" + suffix, "Groupe " + suffix, "Group " + suffix,
                land.id(), LocalDate.of(2001, 1, 1), null, null, true));
    }
}
