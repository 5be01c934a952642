package org.coopera.program.ui;

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
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramSummary;
import org.coopera.program.ProjectDetail;
import org.coopera.program.ProjectDraft;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectRow;
import org.coopera.program.ProjectService;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import org.coopera.reference.SectorRef;
import org.coopera.reference.SectorService;
import org.coopera.security.Role;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The project list (filters, filters in the address, lazy grid) and the project page (record,
 * history, who may edit or delete, field validation, concurrent edits, refused deletion). Tests
 * that change a demo project restore it; deletion is tried on a project of the test's own.
 */
class ProjectViewsTest extends KaribuTest {

    private static final String NANOTECH = "GTQM-2013-RI-01";

    @Autowired
    ProjectService projects;
    @Autowired
    ProgramService programs;
    @Autowired
    WorkingGroupService workingGroups;
    @Autowired
    SectorService sectors;

    // ---- helpers ------------------------------------------------------------------------------

    private WorkingGroupSummary gtqm() {
        return workingGroups.find("GTQM", null, false, 0, 5).getFirst();
    }

    private ProgramSummary program(int startYear) {
        return programs.programsOf(gtqm().id()).stream().filter(p -> p.startYear() == startYear).findFirst()
                .orElseThrow();
    }

    private ProjectRow project(String code) {
        return projects.find(ProjectFilter.none().withText(code), "code", true, 0, 5).stream()
                .filter(row -> row.code().equals(code)).findFirst().orElseThrow();
    }

    private ProjectDetail detail(String code) {
        return projects.detail(project(code).id()).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ProjectRow> grid() {
        return _get(Grid.class, spec -> spec.withId("project-grid"));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private static <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static boolean present(String buttonId) {
        return !_find(Button.class, spec -> spec.withId(buttonId)).isEmpty();
    }

    private static java.util.List<String> notificationTexts() {
        return getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    private void openProject(String code) {
        UI.getCurrent().navigate("projects/" + project(code).id());
    }

    // ---- the list -----------------------------------------------------------------------------

    @Test
    void theUnfilteredListShowsTheThirtyDemoProjects() {
        login("lecteur", Role.READER);
        UI.getCurrent().navigate("projects");

        assertThat(_size(grid())).isEqualTo(30);
        assertThat(grid().getColumns()).extracting(Grid.Column::getKey)
                .containsExactly("code", "title", "workingGroup", "period", "sector", "status", "health", "leads");
        assertThat(field(com.vaadin.flow.component.html.Paragraph.class, "project-results").getText())
                .isEqualTo("Projets trouvés\u00a0: 30");
        assertThat(grid().getAriaLabel()).contains("Liste des projets");
    }

    @Test
    void filtersCombineAndTheResetButtonClearsThem() {
        login("lecteur", Role.READER);
        UI.getCurrent().navigate("projects");
        SectorRef culture = sectors.byCode("CUL").orElseThrow();

        _setValue(combo("project-filter-sector"), culture);
        assertThat(_size(grid())).as("culture in every programme").isEqualTo(9);
        _setValue(field(IntegerField.class, "project-filter-from"), 2014);
        _setValue(field(IntegerField.class, "project-filter-to"), 2015);
        assertThat(_size(grid())).as("culture in programmes running in 2014-2015").isEqualTo(7);

        _click(button("project-filter-reset"));
        assertThat(combo("project-filter-sector").getValue()).isNull();
        assertThat(_size(grid())).isEqualTo(30);

        _setValue(combo("project-filter-working-group"), gtqm());
        _setValue(combo("project-filter-program"), program(2013));
        _setValue(combo("project-filter-sector"), culture);
        assertThat(_size(grid())).as("culture in the 2013-2015 programme").isEqualTo(7);
        assertThat(GridKt._get(grid(), 0).code()).startsWith("GTQM-2013-CUL-");
    }

    @Test
    void statusHealthThemeAndTextFiltersNarrowTheList() {
        login("lecteur", Role.READER);
        UI.getCurrent().navigate("projects");

        _setValue(combo("project-filter-theme"), Theme.GENDER_EQUALITY);
        assertThat(_size(grid())).isEqualTo(2);
        _setValue(combo("project-filter-theme"), null);

        _setValue(combo("project-filter-working-group"), gtqm());
        _setValue(combo("project-filter-program"), program(2013));
        _setValue(combo("project-filter-health"), ProjectHealth.AT_RISK);
        // two in the demo data set, and GTQM-2013-RI-02, at risk since its approved update of June 2014
        assertThat(_size(grid())).isEqualTo(3);
        _setValue(combo("project-filter-health"), null);
        _setValue(combo("project-filter-status"), ProjectStatus.IMPLEMENTATION);
        assertThat(_size(grid())).isEqualTo(24);
        _setValue(combo("project-filter-program"), program(2011));
        assertThat(_size(grid())).as("the 2011-2013 projects are closed").isZero();

        _click(button("project-filter-reset"));
        _setValue(field(TextField.class, "project-filter-text"), "nanotech");
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).code()).isEqualTo(NANOTECH);
    }

    @Test
    void theFiltersAreReadBackFromTheAddress() {
        login("lecteur", Role.READER);
        SectorRef culture = sectors.byCode("CUL").orElseThrow();
        long programId = program(2013).id();

        UI.getCurrent().navigate("projects", QueryParameters.simple(Map.of(
                "program", String.valueOf(programId), "sector", String.valueOf(culture.id()),
                "status", "IMPLEMENTATION", "country", "MX")));

        assertThat(_size(grid())).isEqualTo(7);
        assertThat(this.<SectorRef>combo("project-filter-sector").getValue().code()).isEqualTo("CUL");
        assertThat(this.<ProgramSummary>combo("project-filter-program").getValue().id()).isEqualTo(programId);
        assertThat(this.<WorkingGroupSummary>combo("project-filter-working-group").getValue().acronym())
                .as("the programme's working group").isEqualTo("GTQM");
        assertThat(combo("project-filter-status").getValue()).isEqualTo(ProjectStatus.IMPLEMENTATION);
        assertThat(this.<org.coopera.reference.CountryRef>combo("project-filter-country").getValue().code())
                .isEqualTo("MX");

        UI.getCurrent().navigate("projects", QueryParameters.simple(Map.of("theme", "GENDER_EQUALITY",
                "q", "entrepreneuriat", "from", "2013", "to", "2015")));
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(field(TextField.class, "project-filter-text").getValue()).isEqualTo("entrepreneuriat");
        assertThat(field(IntegerField.class, "project-filter-from").getValue()).isEqualTo(2013);
        assertThat(combo("project-filter-sector").getValue()).as("not in the address").isNull();

        UI.getCurrent().navigate("projects", QueryParameters.simple(Map.of("status", "NO_SUCH", "sector", "x")));
        assertThat(_size(grid())).as("a hand-edited address is ignored, not an error").isEqualTo(30);
    }

    @Test
    void aRowClickOpensTheProjectPage() {
        login("lecteur", Role.READER);
        UI.getCurrent().navigate("projects", QueryParameters.simple(Map.of("q", "nanotech")));

        GridKt._clickItem(grid(), 0);

        assertThat(_find(ProjectView.class)).hasSize(1);
        assertThat(_get(H2.class, spec -> spec.withId("project-heading")).getText())
                .isEqualTo(NANOTECH + " — Réseau Québec-Mexique en nanotechnologies");
    }

    // ---- the project page ---------------------------------------------------------------------

    @Test
    void theProjectPageShowsTheRecordAndItsHistory() {
        login("lecteur", Role.READER);
        ProjectRow row = project(NANOTECH);
        openProject(NANOTECH);

        assertThat(_get(H2.class, spec -> spec.withId("project-heading")).getText())
                .isEqualTo(NANOTECH + " — Réseau Québec-Mexique en nanotechnologies");
        String record = _get(DescriptionList.class).getElement().getTextRecursively();
        assertThat(record).contains("Québec–Mexico nanotechnology network", "Institut national de la recherche",
                "1 juillet 2013", "30 juin 2015", "En cours", "Conforme au plan", "Recherche et innovation › ");
        assertThat(_get(Anchor.class, spec -> spec.withId("project-program-link")).getHref())
                .isEqualTo("programs/" + row.programId());
        assertThat(_get(Anchor.class, spec -> spec.withId("project-working-group-link")).getHref())
                .isEqualTo("working-groups/" + row.workingGroupId());
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("project-illustrative")))
                .hasSize(1);
        assertThat(_find(HistoryPanel.class)).hasSize(1);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Projet " + NANOTECH);
        assertThat(present("project-edit")).as("a reader does not edit").isFalse();
        assertThat(present("project-delete")).isFalse();
    }

    @Test
    void anUnknownProjectSaysSo() {
        login("lecteur", Role.READER);
        UI.getCurrent().navigate("projects/999999999");
        assertThat(_get(H2.class, spec -> spec.withId("project-not-found")).getText()).isEqualTo("Projet introuvable");
    }

    @Test
    void onlyTheAssignedOfficerManagersAndAdministratorsMayEdit() {
        login("lecteur", Role.OFFICER);  // an officer, but not the GTQM's
        openProject(NANOTECH);
        assertThat(present("project-edit")).isFalse();
        assertThat(present("project-delete")).isFalse();

        login("agent", Role.OFFICER);
        openProject(NANOTECH);
        assertThat(present("project-edit")).isTrue();
        assertThat(present("project-delete")).as("officers do not delete").isFalse();

        login("gestionnaire", Role.MANAGER);
        openProject(NANOTECH);
        assertThat(present("project-edit")).isTrue();
        assertThat(present("project-delete")).isTrue();
    }

    @Test
    void theAssignedOfficerSavesAValidEdit() {
        String code = "GTQM-2013-EDU-05";
        ProjectDetail before = detail(code);
        login("agent", Role.OFFICER);
        openProject(code);
        try {
            _click(button("project-edit"));
            _setValue(field(BigDecimalField.class, "project-budget"), new BigDecimal("125000.50"));
            _setValue(this.<Theme>checkboxes("project-themes"), Set.of(Theme.YOUTH));
            _setValue(field(com.vaadin.flow.component.textfield.TextArea.class, "project-description"),
                    "Plateformes partagées — essai Karibu.");
            _click(button("project-save"));

            assertThat(_find(Button.class, spec -> spec.withId("project-save"))).as("dialog closed").isEmpty();
            ProjectDetail after = detail(code);
            assertThat(after.row().budget()).isEqualByComparingTo("125000.50");
            assertThat(after.themes()).containsExactly(Theme.YOUTH);
            assertThat(after.description()).isEqualTo("Plateformes partagées — essai Karibu.");
            assertThat(after.row().titleFr()).isEqualTo(before.row().titleFr());
            assertThat(after.row().sectorId()).isEqualTo(before.row().sectorId());
            assertThat(after.leadOrgQuebecId()).isEqualTo(before.leadOrgQuebecId());
            assertThat(notificationTexts()).contains("Projet " + code + " enregistré.");
            assertThat(_get(DescriptionList.class).getElement().getTextRecursively())
                    .as("the page shows the saved record").contains("125\u00a0000,50\u00a0$");
        } finally {
            restore(before);
        }
    }

    @Test
    void anInvalidEditShowsFieldMessagesAndChangesNothing() {
        String code = "GTQM-2013-EDU-04";
        ProjectDetail before = detail(code);
        login("agent", Role.OFFICER);
        openProject(code);

        _click(button("project-edit"));
        _setValue(field(TextField.class, "project-title-fr"), "  ");
        _setValue(field(DatePicker.class, "project-start"), LocalDate.of(2014, 5, 1));
        _setValue(field(DatePicker.class, "project-end"), LocalDate.of(2014, 4, 1));
        _setValue(field(BigDecimalField.class, "project-budget"), new BigDecimal("-1"));
        _click(button("project-save"));

        TextField titleFr = field(TextField.class, "project-title-fr");
        assertThat(titleFr.isInvalid()).isTrue();
        assertThat(titleFr.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        DatePicker end = field(DatePicker.class, "project-end");
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("La date de fin précède la date de début.");
        assertThat(field(BigDecimalField.class, "project-budget").getErrorMessage())
                .isEqualTo("La valeur ne peut pas être négative.");
        assertThat(present("project-save")).as("dialog stays open").isTrue();
        assertThat(detail(code).row().version()).as("nothing saved").isEqualTo(before.row().version());
    }

    @Test
    void aConcurrentEditIsNotOverwritten() {
        String code = "GTQM-2013-EDU-03";
        ProjectDetail before = detail(code);
        login("agent", Role.OFFICER);
        openProject(code);
        try {
            _click(button("project-edit"));
            // someone else saves meanwhile
            ProjectDraft elsewhere = withDescription(before.toDraft(), "Modifié ailleurs");
            projects.update(before.row().id(), before.row().version(), elsewhere);

            _setValue(field(com.vaadin.flow.component.textfield.TextArea.class, "project-description"),
                    "Mon changement");
            _click(button("project-save"));

            assertThat(_find(ConfirmDialog.class, spec -> spec.withId("conflict-dialog"))).hasSize(1);
            assertThat(detail(code).description()).isEqualTo("Modifié ailleurs");

            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("conflict-dialog")));
            assertThat(present("project-save")).as("editor closed on reload").isFalse();
            assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                    spec -> spec.withId("project-description-text")).getText()).isEqualTo("Modifié ailleurs");
        } finally {
            restore(before);
        }
    }

    @Test
    void deletingAProjectOfTheAdoptedListIsRefusedWithTheReason() {
        login("gestionnaire", Role.MANAGER);
        openProject(NANOTECH);

        _click(button("project-delete"));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("delete-dialog"));
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Supprimer le projet " + NANOTECH + "\u00a0?");
        assertThat(ConfirmDialogKt.getText(confirm)).contains("«\u00a0Réseau Québec-Mexique en nanotechnologies\u00a0»");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(notificationTexts()).contains("Le projet " + NANOTECH
                + " fait partie de la liste adoptée\u00a0: annulez-le plutôt que de le supprimer.");
        assertThat(projects.get(project(NANOTECH).id())).isPresent();
        assertThat(_find(ProjectView.class)).as("still on the page").hasSize(1);
    }

    @Test
    void aManagerDeletesAProjectThatIsNotInTheAdoptedList() {
        login("admin", Role.ADMIN);
        SectorRef sector = sectors.all().stream().filter(s -> !s.retired() && !s.isAxis()).findFirst().orElseThrow();
        String code = "KARIBU-" + (System.nanoTime() % 1_000_000);
        ProjectRow created = projects.create(program(2011).id(), new ProjectDraft(code, "Projet jetable",
                "Throw-away project", sector.id(), null, null, Set.of(), null, null, null, ProjectStatus.PIPELINE,
                ProjectHealth.ON_TRACK, Set.of(), null, null));
        try {
            UI.getCurrent().navigate("projects/" + created.id());
            _click(button("project-delete"));
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("delete-dialog")));

            assertThat(projects.get(created.id())).isEmpty();
            assertThat(notificationTexts()).contains("Projet " + code + " supprimé.");
            assertThat(_find(ProjectsView.class)).as("back on the list").hasSize(1);
        } finally {
            projects.get(created.id()).ifPresent(row -> projects.delete(row.id(), row.version()));
        }
    }

    // ---- restoring demo data ------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private <T> com.vaadin.flow.component.checkbox.CheckboxGroup<T> checkboxes(String id) {
        return _get(com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> spec.withId(id));
    }

    private static ProjectDraft withDescription(ProjectDraft d, String description) {
        return new ProjectDraft(d.code(), d.titleFr(), d.titleEn(), d.sectorId(), d.leadOrgQuebecId(),
                d.leadOrgPartnerId(), d.partnerIds(), d.startDate(), d.endDate(), d.budget(), d.status(), d.health(),
                d.themes(), description, d.carriedOverFromId());
    }

    /** Puts a demo project back as it was (as the administrator: the test may have signed in as someone else). */
    private void restore(ProjectDetail before) {
        login("admin", Role.ADMIN);
        ProjectRow now = projects.get(before.row().id()).orElseThrow();
        projects.update(now.id(), now.version(), before.toDraft());
    }
}
