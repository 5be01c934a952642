package org.coopera.workinggroup.ui;

import org.coopera.KaribuTest;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.coopera.base.HistoryEntry;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramSummary;
import org.coopera.reference.CountryService;
import org.coopera.security.Role;
import org.coopera.workinggroup.WorkingGroupDraft;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The working-group list and page: filters, the GTQM at a glance, editing with conflicts, access. */
class WorkingGroupViewsTest extends KaribuTest {

    @Autowired
    WorkingGroupService workingGroups;

    @Autowired
    ProgramService programs;

    @Autowired
    CountryService countries;

    private WorkingGroupSummary gtqm() {
        return workingGroups.find("GTQM", "", false, 0, 10).getFirst();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private void openGtqm() {
        UI.getCurrent().navigate("working-groups/" + gtqm().id());
    }

    @Test
    void theListShowsTheGtqmAndFiltersByTextCountryAndActivity() {
        login("agent", Role.READER);
        UI.getCurrent().navigate("working-groups");
        Grid<WorkingGroupSummary> grid = grid("wg-grid");
        assertThat(grid.getAriaLabel()).contains("Groupes de travail");
        assertThat(_size(grid)).isGreaterThanOrEqualTo(1);

        _setValue(_get(TextField.class, spec -> spec.withId("wg-filter")), "Québec-Mexique");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("GTQM", "Groupe de travail Québec-Mexique",
                "Mexique", "juin 1982", "2", "Oui");

        _setValue(_get(TextField.class, spec -> spec.withId("wg-filter")), "aucun-groupe-de-ce-nom");
        assertThat(_size(grid)).isZero();

        _setValue(_get(TextField.class, spec -> spec.withId("wg-filter")), "GTQM");
        @SuppressWarnings("unchecked")
        ComboBox<org.coopera.reference.CountryRef> country = _get(ComboBox.class, spec -> spec.withId("wg-country"));
        _setValue(country, countries.byCode("MX").orElseThrow());
        assertThat(_size(grid)).isEqualTo(1);
        _setValue(country, countries.byCode("DE").orElseThrow());
        assertThat(_size(grid)).isZero();
        _setValue(country, null);
        _setValue(_get(Checkbox.class, spec -> spec.withId("wg-active-only")), true);
        assertThat(_size(grid)).isEqualTo(1);
    }

    @Test
    void clickingARowOpensTheWorkingGroupPage() {
        login("agent", Role.READER);
        UI.getCurrent().navigate("working-groups");
        _setValue(_get(TextField.class, spec -> spec.withId("wg-filter")), "GTQM");

        GridKt._clickItem(grid("wg-grid"), 0);

        assertThat(_find(WorkingGroupView.class)).hasSize(1);
        assertThat(_get(H1.class).getText()).isEqualTo("Groupe de travail GTQM");
    }

    @Test
    void theGtqmPageShowsCoChairsThe14thMeetingAndBothProgrammes() {
        login("agent", Role.READER);
        openGtqm();

        assertThat(_get(H2.class, spec -> spec.withId("wg-title")).getText())
                .isEqualTo("GTQM — Groupe de travail Québec-Mexique");
        assertThat(text(_get(Component.class, spec -> spec.withId("wg-overview"))))
                .contains("Mexique").contains("juin 1982").contains("programmation biennale");

        Grid<?> coChairs = grid("wg-co-chairs");
        assertThat(_size(coChairs)).isEqualTo(2);
        assertThat(List.of(GridKt._getFormattedRow(coChairs, 0), GridKt._getFormattedRow(coChairs, 1)))
                .anySatisfy(row -> assertThat(row).startsWith("Québec", "Jean-Stéphane Bernard"))
                .anySatisfy(row -> assertThat(row).startsWith("Partenaire", "Sergio Alcocer"));

        String fourteenth = text(_get(Div.class, spec -> spec.withId("wg-meeting-14")));
        assertThat(fourteenth).contains("14e réunion — 19 juin 2013").contains("Mexico (Mexique)")
                .contains("4 ateliers").contains("2011-2013")
                .contains("Jean-Stéphane Bernard").contains("Sergio Alcocer")
                .contains("Procès-verbal signé le").contains("égalité entre les femmes et les hommes");
        assertThat(text(_get(Div.class, spec -> spec.withId("wg-meeting-1")))).contains("1re réunion — 1 juin 1982");
        // newest first
        var meetings = _get(Component.class, spec -> spec.withId("wg-meetings-section")).getChildren()
                .filter(Div.class::isInstance).map(c -> c.getId().orElse("")).toList();
        assertThat(meetings).containsExactly("wg-meeting-14", "wg-meeting-1");

        Grid<ProgramSummary> programmes = grid("wg-programs");
        assertThat(_size(programmes)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(programmes, 0)).contains("En cours", "no\u00a014, 19 juin 2013", "24");
        Anchor newest = (Anchor) GridKt._getCellComponent(programmes, 0, "period");
        assertThat(newest.getText()).isEqualTo("2013-2015");
        long id2013 = programs.programsOf(gtqm().id()).stream().filter(p -> p.startYear() == 2013)
                .findFirst().orElseThrow().id();
        assertThat(newest.getHref()).isEqualTo("programs/" + id2013);
        assertThat(((Anchor) GridKt._getCellComponent(programmes, 1, "period")).getText()).isEqualTo("2011-2013");

        assertThat(_find(Component.class, spec -> spec.withId("wg-history-section"))).hasSize(1);
    }

    @Test
    void aReaderSeesNoEditButton() {
        login("agent", Role.READER);
        openGtqm();
        assertThat(_find(Button.class, spec -> spec.withId("wg-edit"))).isEmpty();
    }

    @Test
    void aManagerEditsAndTheChangeIsSavedAndInTheHistory() {
        login("gestionnaire", Role.MANAGER);
        WorkingGroupSummary before = gtqm();
        openGtqm();
        try {
            _click(_get(Button.class, spec -> spec.withId("wg-edit")));
            _setValue(_get(TextField.class, spec -> spec.withId("wg-cadence")), "Tous les deux ans (essai UI)");
            _click(_get(Button.class, spec -> spec.withId("wg-save")));

            assertThat(_find(Button.class, spec -> spec.withId("wg-save"))).as("dialog closed").isEmpty();
            assertThat(gtqm().cadence()).isEqualTo("Tous les deux ans (essai UI)");
            assertThat(getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                    .contains("Groupe de travail GTQM enregistré.");
            assertThat(text(_get(Component.class, spec -> spec.withId("wg-overview"))))
                    .contains("Tous les deux ans (essai UI)");
            @SuppressWarnings("unchecked")
            Grid<HistoryEntry> history = _get(HistoryPanel.class).getChildren()
                    .filter(Grid.class::isInstance).map(Grid.class::cast).findFirst().orElseThrow();
            assertThat(_size(history)).isGreaterThanOrEqualTo(1);
            assertThat(GridKt._get(history, 0).kind()).isEqualTo(HistoryEntry.Kind.MODIFIED);
            assertThat(GridKt._get(history, 0).author()).isEqualTo("gestionnaire");
        } finally {
            restore(before);
        }
    }

    @Test
    void anInvalidAcronymIsRefusedOnTheFieldAndNothingIsStored() {
        login("gestionnaire", Role.MANAGER);
        WorkingGroupSummary before = gtqm();
        openGtqm();
        _click(_get(Button.class, spec -> spec.withId("wg-edit")));
        TextField acronym = _get(TextField.class, spec -> spec.withId("wg-acronym"));
        _setValue(acronym, "G");
        _click(_get(Button.class, spec -> spec.withId("wg-save")));

        assertThat(acronym.isInvalid()).isTrue();
        assertThat(acronym.getErrorMessage()).isEqualTo("Sigle de 2 à 20 lettres, chiffres ou traits d’union.");
        assertThat(gtqm().version()).isEqualTo(before.version());
    }

    @Test
    void aStaleEditShowsTheConflictDialogAndDoesNotOverwrite() {
        login("gestionnaire", Role.MANAGER);
        WorkingGroupSummary before = gtqm();
        openGtqm();
        try {
            // the manager opens the editor on the version read now...
            _click(_get(Button.class, spec -> spec.withId("wg-edit")));
            // ...someone else saves meanwhile
            workingGroups.update(before.id(), before.version(), draft(before, "Modifié ailleurs"));

            _setValue(_get(TextField.class, spec -> spec.withId("wg-cadence")), "Mon changement");
            _click(_get(Button.class, spec -> spec.withId("wg-save")));

            assertThat(_find(ConfirmDialog.class, spec -> spec.withId("conflict-dialog"))).hasSize(1);
            assertThat(gtqm().cadence()).isEqualTo("Modifié ailleurs");
        } finally {
            restore(before);
        }
    }

    @Test
    void anUnknownIdShowsAClearNotFoundMessage() {
        login("agent", Role.READER);
        UI.getCurrent().navigate("working-groups/987654321");
        assertThat(_get(Paragraph.class, spec -> spec.withId("wg-not-found")).getText())
                .startsWith("Aucun groupe de travail ne correspond à cette adresse.");
        assertThat(_get(H1.class).getText()).isEqualTo("Groupe de travail introuvable");

        UI.getCurrent().navigate("working-groups/pas-un-numero");
        assertThat(_find(Paragraph.class, spec -> spec.withId("wg-not-found"))).hasSize(1);
    }

    private static WorkingGroupDraft draft(WorkingGroupSummary group, String cadence) {
        return new WorkingGroupDraft(group.acronym(), group.nameFr(), group.nameEn(), group.jurisdictionId(),
                group.foundedOn(), group.mandate(), cadence, group.active());
    }

    /** Puts the demo working group back as it was, for the other tests. */
    private void restore(WorkingGroupSummary before) {
        WorkingGroupSummary now = gtqm();
        if (now.version() != before.version()) {
            workingGroups.update(now.id(), now.version(), draft(before, before.cadence()));
        }
    }
}
