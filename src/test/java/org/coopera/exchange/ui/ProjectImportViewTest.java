package org.coopera.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.coopera.program.ProgramDraft;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramStatus;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectService;
import org.coopera.program.ui.ProjectNavigation;
import org.coopera.reference.JurisdictionKind;
import org.coopera.reference.PartnerService;
import org.coopera.reference.ReferenceDrafts.JurisdictionDraft;
import org.coopera.security.Role;
import org.coopera.KaribuTest;
import org.coopera.workinggroup.WorkingGroupDraft;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The import screen: from the project list, preview with tabs, errors block, confirmation, result, refusals. */
class ProjectImportViewTest extends KaribuTest {

    private static final String HEADER = "Code;Programmation;Titre (français);Titre (anglais);Secteur\r\n";

    @Autowired
    PartnerService partners;
    @Autowired
    WorkingGroupService workingGroups;
    @Autowired
    ProgramService programs;
    @Autowired
    ProjectService projects;

    private long ownProgram(String acronym) {
        var bavaria = partners.findJurisdictions("Bavière", PageRequest.of(0, 1)).stream().findFirst()
                .orElseGet(() -> partners.createJurisdiction(new JurisdictionDraft("DE",
                        JurisdictionKind.FEDERATED_STATE, "DE-BY", "Bavière", "Bavaria")));
        WorkingGroupSummary group = workingGroups.create(new WorkingGroupDraft(acronym, "Groupe " + acronym,
                "Group " + acronym, bavaria.id(), LocalDate.of(1990, 1, 1), null, null, true));
        return programs.create(new ProgramDraft(group.id(), 2019, 2021, null, null, ProgramStatus.ADOPTED, Set.of())).id();
    }

    private ProjectImportView open() {
        ProjectNavigation.openList();
        _click(_get(Button.class, spec -> spec.withId("project-import")));
        ProjectImportView view = _get(ProjectImportView.class);
        view.executor = Runnable::run;
        return view;
    }

    private static byte[] csv(String... rows) {
        return (HEADER + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aManagerImportsAfterPreviewAndConfirmation() {
        login("gestionnaire", Role.MANAGER);
        String acronym = "GTUI" + System.nanoTime() % 100_000;
        long program = ownProgram(acronym);
        ProjectImportView view = open();

        view.check("projets.csv", csv("UI-1;" + acronym + " 2019-2021;Titre UI;Title UI;Culture",
                "UI-2;" + acronym + " 2019-2021;Titre UI 2;Title UI 2;RI"));
        MockVaadin.clientRoundtrip(false);

        assertThat(view.previewArea.isVisible()).isTrue();
        assertThat(view.summary.getText()).contains("projets.csv").contains("2 à créer");
        assertThat(view.createTab.getLabel()).isEqualTo("À créer (2)");
        assertThat(view.shownRows()).extracting(r -> r.code()).containsExactly("UI-1", "UI-2");
        assertThat(view.confirm.isEnabled()).isTrue();
        assertThat(projects.count(ProjectFilter.none().withProgram(program))).isZero();

        _click(view.confirm);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("import-confirm-dialog")));

        assertThat(view.result.isVisible()).isTrue();
        assertThat(view.result.getText()).startsWith("2 projet(s) créé(s)");
        assertThat(projects.count(ProjectFilter.none().withProgram(program))).isEqualTo(2);
    }

    @Test
    void errorsAreListedWithRowAndColumnAndBlockTheImport() {
        login("admin", Role.ADMIN);
        ProjectImportView view = open();

        view.check("projets.csv", csv("E-1;GTQM 2013-2015;Titre;Title;Astrologie"));
        MockVaadin.clientRoundtrip(false);

        assertThat(view.tabs.getSelectedTab()).isSameAs(view.errorTab);
        assertThat(view.errors.isVisible()).isTrue();
        assertThat(view.errors.getGenericDataView().getItems().toList()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(2);
            assertThat(error.message()).startsWith("Secteur inconnu");
        });
        assertThat(view.blocked.isVisible()).isTrue();
        assertThat(view.confirm.isEnabled()).isFalse();
    }

    @Test
    void aRefusedFileSaysWhy() {
        login("admin", Role.ADMIN);
        ProjectImportView view = open();

        view.check("projets.csv", (HEADER.replace("ç", "c") + "E-1;GTQM 2013-2015;Été;Summer;CUL\r\n")
                .getBytes(Charset.forName("windows-1252")));
        MockVaadin.clientRoundtrip(false);

        assertThat(view.refusal.isVisible()).isTrue();
        assertThat(view.refusal.getText()).contains("n’est pas en UTF-8").contains("Windows-1252");
        assertThat(view.previewArea.isVisible()).isFalse();
    }

    @Test
    void readersHaveNoImport() {
        login("lecteur", Role.READER);
        ProjectNavigation.openList();
        assertThat(_find(Button.class, spec -> spec.withId("project-import"))).isEmpty();
        UI.getCurrent().navigate("projects/import");
        assertThat(_find(ProjectImportView.class)).isEmpty();
        assertThat(_get(H2.class).getText()).isEqualTo("Accès refusé");
    }
}
