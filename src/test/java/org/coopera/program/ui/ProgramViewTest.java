package org.coopera.program.ui;

import org.coopera.KaribuTest;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramStatus;
import org.coopera.program.ProgramSummary;
import org.coopera.program.ProjectRow;
import org.coopera.security.Role;
import org.coopera.workinggroup.WorkingGroupService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The programme list and the GTQM 2013-2015 programme page (24 projects: 12, 7 and 5 by sector). */
class ProgramViewTest extends KaribuTest {

    private static final String NBSP = "\u00a0";

    @Autowired
    WorkingGroupService workingGroups;

    @Autowired
    ProgramService programs;

    private long gtqmId;
    private ProgramSummary program2013;

    @BeforeEach
    void findTheProgramme() {
        login("agent", Role.READER);
        gtqmId = workingGroups.find("GTQM", "", false, 0, 10).getFirst().id();
        program2013 = programs.programsOf(gtqmId).stream().filter(p -> p.startYear() == 2013).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void thePageShowsTheTotalAndTheCountsBySector() {
        UI.getCurrent().navigate("programs/" + program2013.id());

        assertThat(_get(H1.class).getText()).isEqualTo("Programmation 2013-2015 — GTQM");
        assertThat(_get(Paragraph.class, spec -> spec.withId("program-total")).getText())
                .isEqualTo("Total" + NBSP + ": 24 projets");
        assertThat(_find(H4.class, spec -> spec.withClasses("program-sector-heading")))
                .extracting(H4::getText)
                .containsExactly("Recherche et innovation" + NBSP + ": 12 projets", "Culture" + NBSP + ": 7 projets",
                        "Éducation" + NBSP + ": 5 projets");
        assertThat(_size(grid("program-projects-RI"))).isEqualTo(12);
        assertThat(_size(grid("program-projects-CUL"))).isEqualTo(7);
        assertThat(_size(grid("program-projects-EDU"))).isEqualTo(5);
    }

    @Test
    void projectCodesLinkToTheProjectAndIllustrativeProjectsAreMarked() {
        UI.getCurrent().navigate("programs/" + program2013.id());

        Grid<ProjectRow> research = grid("program-projects-RI");
        ProjectRow first = GridKt._get(research, 0);
        Component cell = GridKt._getCellComponent(research, 0, "code");
        Anchor link = (Anchor) cell.getChildren().filter(Anchor.class::isInstance).findFirst().orElseThrow();
        assertThat(link.getText()).isEqualTo("GTQM-2013-RI-01");
        assertThat(link.getHref()).isEqualTo("projects/" + first.id());
        assertThat(cell.getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText()))
                .containsExactly("illustratif");
        assertThat(_get(Paragraph.class, spec -> spec.withId("program-illustrative-legend")).getText())
                .contains("illustratif");
    }

    @Test
    void theOverviewLinksToTheWorkingGroupAndShowsTheAdoptingMeeting() {
        UI.getCurrent().navigate("programs/" + program2013.id());

        Anchor workingGroup = _get(Anchor.class, spec -> spec.withId("program-working-group"));
        assertThat(workingGroup.getText()).isEqualTo("GTQM");
        assertThat(workingGroup.getHref()).isEqualTo("working-groups/" + gtqmId);
        assertThat(text(_get(DescriptionList.class, spec -> spec.withId("program-overview"))))
                .contains("2013-2015").contains("En cours").contains("no" + NBSP + "14, 19 juin 2013")
                .contains("Égalité entre les femmes et les hommes");
    }

    @Test
    void theComparisonShowsTheAdoptedAndCurrentListsAndTheCarriedOverProjects() {
        UI.getCurrent().navigate("programs/" + program2013.id());

        assertThat(_get(DescriptionList.Description.class, spec -> spec.withId("program-adopted")).getText())
                .isEqualTo("24");
        assertThat(_get(DescriptionList.Description.class, spec -> spec.withId("program-current")).getText())
                .isEqualTo("24");
        Component carried = _get(Component.class, spec -> spec.withId("program-carried-over"));
        assertThat(text(carried)).contains("Poursuivis de la programmation précédente (2)");
        assertThat(carried.getChildren().flatMap(Component::getChildren).filter(ListItem.class::isInstance)
                .map(ProgramViewTest::text))
                .hasSize(2)
                .anySatisfy(item -> assertThat(item).startsWith("GTQM-2013-RI-03"))
                .anySatisfy(item -> assertThat(item).startsWith("GTQM-2013-CUL-01"));
        assertThat(text(_get(Component.class, spec -> spec.withId("program-added")))).contains("Aucun.");
        assertThat(_find(Component.class, spec -> spec.withId("program-history"))).hasSize(1);
    }

    @Test
    void anUnknownIdShowsAClearNotFoundMessage() {
        UI.getCurrent().navigate("programs/987654321");
        assertThat(_get(Paragraph.class, spec -> spec.withId("program-not-found")).getText())
                .startsWith("Aucune programmation ne correspond à cette adresse.");
        assertThat(_get(H1.class).getText()).isEqualTo("Programmation introuvable");
    }

    @Test
    void theListShowsTheProgrammesFiltersAndOpensOne() {
        UI.getCurrent().navigate("programs");
        Grid<ProgramSummary> grid = grid("program-grid");
        assertThat(_size(grid)).isGreaterThanOrEqualTo(2);

        _setValue(_get(TextField.class, spec -> spec.withId("program-filter")), "GTQM");
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("GTQM", "2013-2015", "En cours",
                "no" + NBSP + "14, 19 juin 2013", "24");

        @SuppressWarnings("unchecked")
        ComboBox<ProgramStatus> status = _get(ComboBox.class, spec -> spec.withId("program-status"));
        _setValue(status, ProgramStatus.COMPLETED);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).period()).isEqualTo("2011-2013");

        _setValue(_get(TextField.class, spec -> spec.withId("program-filter")), "aucun-groupe-de-ce-nom");
        assertThat(_size(grid)).isZero();

        _setValue(status, null);
        _setValue(_get(TextField.class, spec -> spec.withId("program-filter")), "Québec-Mexique");
        GridKt._clickItem(grid, 0);
        assertThat(_find(ProgramView.class)).hasSize(1);
        assertThat(_get(H1.class).getText()).isEqualTo("Programmation 2013-2015 — GTQM");
    }
}
