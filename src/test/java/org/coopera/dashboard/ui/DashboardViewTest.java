package org.coopera.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.coopera.dashboard.DashboardFilter;
import org.coopera.dashboard.DashboardService;
import org.coopera.program.ProjectStatus;
import org.coopera.reference.SectorRef;
import org.coopera.security.Role;
import org.coopera.ui.KaribuTest;
import org.coopera.workinggroup.WorkingGroupService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard: filters from and to the address, key figures, tables, drill-down to the project list. */
class DashboardViewTest extends KaribuTest {

    @Autowired
    WorkingGroupService workingGroups;

    @Autowired
    DashboardService dashboards;

    long gtqm;

    @BeforeEach
    void signIn() {
        login("manager", Role.MANAGER);
        gtqm = workingGroups.find("GTQM", null, false, 0, 5).getFirst().id();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private static List<List<String>> rows(Grid<?> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i)).toList();
    }

    private static String address() {
        return _get(DashboardView.class).queryParameters().getQueryString();
    }

    private static String results() {
        return _get(Paragraph.class, spec -> spec.withId("dashboard-results")).getText();
    }

    private void openGtqm2013() {
        UI.getCurrent().navigate("dashboards", QueryParameters.simple(Map.of("workingGroup", String.valueOf(gtqm),
                "period", "2013")));
    }

    @Test
    void theAddressSetsTheFiltersAndTheTablesShowTheGtqmProgramme() {
        openGtqm2013();

        assertThat(_get(IntegerField.class, spec -> spec.withId("dashboard-filter-period")).getValue()).isEqualTo(2013);
        assertThat(combo("dashboard-filter-working-group").getValue()).isNotNull();
        // sector × status: the total column is the last one
        List<List<String>> sectors = rows(grid("dashboard-by-sector-table"));
        assertThat(sectors).extracting(row -> row.getFirst() + "=" + row.getLast())
                .containsExactly("Recherche et innovation=12", "Culture=7", "Éducation=5");
        assertThat(rows(grid("dashboard-by-country-table"))).containsExactly(List.of("Mexique (MX)", "24"));
        assertThat(rows(grid("dashboard-by-period-table"))).hasSize(1);
        assertThat(rows(grid("dashboard-by-period-table")).getFirst()).startsWith("2013-2015").endsWith("24");
        assertThat(rows(grid("dashboard-by-group-table")).getFirst()).startsWith("GTQM").endsWith("24");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("dashboard-figure-projects"))
                .getElement().getTextRecursively()).contains("24");
        assertThat(results()).isEqualTo("24 projets");
        assertThat(_size(grid("dashboard-project-grid"))).isEqualTo(24);
    }

    @Test
    void clickingATableRowDrillsDownToExactlyItsProjects() {
        openGtqm2013();

        _clickItem(grid("dashboard-by-sector-table"), 1, "total");  // Culture

        SectorRef culture = this.<SectorRef>combo("dashboard-filter-sector").getValue();
        assertThat(culture.code()).isEqualTo("CUL");
        assertThat(_size(grid("dashboard-project-grid"))).isEqualTo(7);
        assertThat(results()).isEqualTo("7 projets");
        assertThat(address()).contains("sector=" + culture.id()).contains("period=2013")
                .contains("workingGroup=" + gtqm);
        assertThat(rows(grid("dashboard-by-sector-table"))).extracting(List::getFirst).containsExactly("Culture");
    }

    @Test
    void clickingAStatusCellAddsTheStatusAndAFigureDrillsDownToo() {
        openGtqm2013();
        long implementation = dashboards.countProjects(DashboardFilter.none().withWorkingGroup(gtqm)
                .withPeriodStart(2013).withStatus(ProjectStatus.IMPLEMENTATION));

        _click(_get(Button.class, spec -> spec.withId("dashboard-figure-status-IMPLEMENTATION")));

        assertThat(this.<ProjectStatus>combo("dashboard-filter-status").getValue())
                .isEqualTo(ProjectStatus.IMPLEMENTATION);
        assertThat(_size(grid("dashboard-project-grid"))).isEqualTo((int) implementation);
        assertThat(address()).contains("status=IMPLEMENTATION");

        _click(_get(Button.class, spec -> spec.withId("dashboard-filter-reset")));
        assertThat(address()).isEmpty();
        assertThat(_size(grid("dashboard-project-grid"))).isEqualTo((int) dashboards.countProjects(DashboardFilter.none()));
    }

    @Test
    void aHandEditedAddressIsIgnoredNotAnError() {
        UI.getCurrent().navigate("dashboards", QueryParameters.simple(Map.of("period", "abc", "status", "NOPE",
                "workingGroup", "999999999", "sector", "x")));

        assertThat(_get(IntegerField.class, spec -> spec.withId("dashboard-filter-period")).getValue()).isNull();
        assertThat(combo("dashboard-filter-status").getValue()).isNull();
        assertThat(combo("dashboard-filter-working-group").getValue()).isNull();
        assertThat(_size(grid("dashboard-project-grid"))).isEqualTo((int) dashboards.countProjects(DashboardFilter.none()));
    }

    @Test
    void clickingAChartBarDrillsDownLikeTheTable() {
        openGtqm2013();
        Chart chart = _get(Chart.class, spec -> spec.withId("dashboard-by-sector-chart"));
        assertThat(chart.getElement().getProperty("optionJson")).contains("\"sector:").contains("Culture");
        Chart countries = _get(Chart.class, spec -> spec.withId("dashboard-by-country-chart"));
        assertThat(countries.getElement().getProperty("optionJson")).contains("\"country:MX\"");
        long culture = _get(DashboardView.class).shown().bySectorAndStatus().stream()
                .filter(c -> c.sectorCode().equals("CUL")).findFirst().orElseThrow().sectorId();
        long expected = dashboards.countProjects(DashboardFilter.none().withWorkingGroup(gtqm).withPeriodStart(2013)
                .withSector(culture).withStatus(ProjectStatus.IMPLEMENTATION));

        ComponentUtil.fireEvent(chart, new Chart.ChartClickEvent(chart, true, "sector:" + culture + ":IMPLEMENTATION"));

        assertThat(_size(grid("dashboard-project-grid"))).isEqualTo((int) expected);
        assertThat(address()).contains("sector=" + culture).contains("status=IMPLEMENTATION");

        ComponentUtil.fireEvent(chart, new Chart.ChartClickEvent(chart, true, "nonsense:1"));
        assertThat(_size(grid("dashboard-project-grid"))).as("an unknown id changes nothing").isEqualTo((int) expected);
    }
}
