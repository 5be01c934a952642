package org.coopera.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.DescriptionList;
import java.util.Set;
import org.coopera.KaribuTest;
import org.coopera.program.ProjectDetail;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectRow;
import org.coopera.program.ProjectService;
import org.coopera.reference.QuebecRegion;
import org.coopera.reference.QuebecRegionService;
import org.coopera.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The project editor's Québec regions: the 17 regions offered, the choice saved and shown on the page. */
class ProjectRegionsFieldTest extends KaribuTest {

    private static final String CODE = "GTQM-2013-EDU-04";

    @Autowired
    ProjectService projects;
    @Autowired
    QuebecRegionService regions;

    private ProjectRow project() {
        return projects.find(ProjectFilter.none().withText(CODE), "code", true, 0, 5).stream()
                .filter(row -> row.code().equals(CODE)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<QuebecRegion> regionField() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("project-regions"));
    }

    @Test
    void theEditorOffersTheSeventeenRegionsAndSavesTheChoice() {
        ProjectDetail before = projects.detail(project().id()).orElseThrow();
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("projects/" + before.row().id());
        try {
            _click(_get(Button.class, spec -> spec.withId("project-edit")));
            MultiSelectComboBox<QuebecRegion> field = regionField();
            assertThat(field.getLabel()).isEqualTo("Régions du Québec");
            assertThat(field.getListDataView().getItems().map(r -> field.getItemLabelGenerator().apply(r)).toList())
                    .hasSize(17).contains("06 Montréal", "02 Saguenay–Lac-Saint-Jean");
            _setValue(field, Set.of(regions.byCode("06").orElseThrow(), regions.byCode("13").orElseThrow()));
            _click(_get(Button.class, spec -> spec.withId("project-save")));

            assertThat(_find(Button.class, spec -> spec.withId("project-save"))).as("dialog closed").isEmpty();
            assertThat(projects.detail(before.row().id()).orElseThrow().regionCodes())
                    .containsExactlyInAnyOrder("06", "13");
            assertThat(_get(DescriptionList.class).getElement().getTextRecursively())
                    .contains("Régions du Québec").contains("06 Montréal, 13 Laval");

            _click(_get(Button.class, spec -> spec.withId("project-edit")));
            assertThat(regionField().getValue()).extracting(QuebecRegion::code).containsExactlyInAnyOrder("06", "13");
        } finally {
            login("admin", Role.ADMIN);
            ProjectRow now = projects.get(before.row().id()).orElseThrow();
            projects.update(now.id(), now.version(), before.toDraft());
        }
    }
}
