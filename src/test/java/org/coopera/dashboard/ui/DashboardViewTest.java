package org.coopera.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.dom.DomEvent;
import tools.jackson.databind.node.JsonNodeFactory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coopera.base.export.ExportFormat;
import org.coopera.dashboard.DashboardFilter;
import org.coopera.dashboard.DashboardProject;
import org.coopera.dashboard.DashboardService;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.reference.SectorRef;
import org.coopera.security.Role;
import org.coopera.KaribuTest;
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

    private static DashboardView view() {
        return _get(DashboardView.class);
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (var parser = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }

    @Test
    void everyWidgetHasCsvAndXlsxDownloadLinks() {
        openGtqm2013();
        for (DashboardView.Widget widget : DashboardView.Widget.values()) {
            for (ExportFormat format : ExportFormat.values()) {
                String id = "dashboard-export-" + widget.idPart() + "-" + format.extension();
                Anchor link = _get(Anchor.class, spec -> spec.withId(id));
                assertThat(link.getHref()).as(id).isNotBlank();
                assertThat(link.getElement().getAttribute("download")).as(id).isNotNull();
                assertThat(link.getAriaLabel()).as(id).hasValueSatisfying(label -> assertThat(label).contains(format.name()));
            }
        }
        assertThat(view().exportFileName(DashboardView.Widget.BY_SECTOR, ExportFormat.CSV))
                .isEqualTo("projets-par-secteur-et-par-statut-" + LocalDate.now() + ".csv");
    }

    @Test
    void theSectorExportStatesTheFiltersAndHoldsTheTable() throws IOException {
        openGtqm2013();

        List<CSVRecord> records = csv(view().exportBytes(DashboardView.Widget.BY_SECTOR, ExportFormat.CSV));

        assertThat(records.get(0).get(0)).isEqualTo("Projets par secteur et par statut");
        List<String> top = records.subList(1, 5).stream().map(r -> r.get(0)).toList();
        assertThat(top.get(0)).startsWith("Exporté de Coopera le ");
        assertThat(top).contains("Programmation (année de début)\u00a0: 2013");
        assertThat(top).anySatisfy(line -> assertThat(line).startsWith("Groupe de travail\u00a0: GTQM"));
        int header = records.stream().map(r -> r.get(0)).toList().indexOf("Secteur");
        assertThat(records.get(header).get(records.get(header).size() - 1)).isEqualTo("Total");
        assertThat(records.subList(header + 1, records.size()))
                .extracting(r -> r.get(0) + "=" + r.get(r.size() - 1))
                .containsExactly("Recherche et innovation=12", "Culture=7", "Éducation=5");
    }

    @Test
    void theWholeDashboardExportsToOneWorkbookWithNumbersAsNumbers() throws IOException {
        openGtqm2013();

        byte[] bytes = view().exportBytes(DashboardView.Widget.ALL, ExportFormat.XLSX);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            Sheet regions = workbook.getSheetAt(5);
            assertThat(regions.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Projets par région du Québec et par statut");
            assertThat(java.util.stream.StreamSupport.stream(regions.spliterator(), false)
                    .map(r -> r.getCell(0) == null ? "" : r.getCell(0).toString()).toList())
                    .contains("06 Montréal", "17 Centre-du-Québec", "Région non précisée");
            assertThat(rows(grid("dashboard-by-region-table"))).hasSize(18);
            Sheet figures = workbook.getSheetAt(0);
            assertThat(figures.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Chiffres clés");
            var projectsRow = java.util.stream.StreamSupport.stream(figures.spliterator(), false)
                    .filter(r -> r.getCell(0) != null && "Projets".equals(r.getCell(0).getStringCellValue()))
                    .findFirst().orElseThrow();
            assertThat(projectsRow.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(projectsRow.getCell(1).getNumericCellValue()).isEqualTo(24.0);
            Sheet countries = workbook.getSheetAt(2);
            var last = countries.getRow(countries.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("Mexique");
            assertThat(last.getCell(1).getStringCellValue()).isEqualTo("MX");
            assertThat(last.getCell(2).getNumericCellValue()).isEqualTo(24.0);
        }
    }

    @Test
    void theProjectListExportHoldsExactlyTheProjectsBehindTheFigure() throws IOException {
        openGtqm2013();
        _clickItem(grid("dashboard-by-sector-table"), 1, "total");  // Culture: 7
        List<String> expected = dashboards.projects(view().filter(), 0, 100).stream().map(DashboardProject::code)
                .toList();
        assertThat(expected).hasSize(7);

        byte[] bytes = view().exportBytes(DashboardView.Widget.PROJECTS, ExportFormat.XLSX);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            int header = 0;
            while (!"Code".equals(sheet.getRow(header) == null || sheet.getRow(header).getCell(0) == null ? null
                    : sheet.getRow(header).getCell(0).getStringCellValue())) {
                header++;
            }
            assertThat(java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(i -> sheet.getRow(i))
                    .filter(java.util.Objects::nonNull).map(r -> r.getCell(0).getStringCellValue()))
                    .contains("Secteur\u00a0: Culture");
            List<String> codes = new java.util.ArrayList<>();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                codes.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(codes).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void withoutFiltersTheExportSaysSo() throws IOException {
        UI.getCurrent().navigate("dashboards");

        List<CSVRecord> records = csv(view().exportBytes(DashboardView.Widget.FIGURES, ExportFormat.CSV));

        assertThat(records.get(2).get(0)).isEqualTo("Aucun filtre\u00a0: tout le portefeuille");
        assertThat(records).anySatisfy(r -> assertThat(r.toList())
                .containsExactly("Projets", String.valueOf(dashboards.countProjects(DashboardFilter.none()))));
    }

    /** Presses a key on a focused body cell, as the browser reports it (row key and column id from the grid). */
    private static <T> void pressOnCell(Grid<T> grid, int row, String columnKey, String key) {
        T item = com.github.mvysny.kaributesting.v10.GridKt._get(grid, row);
        String itemKey = grid.getDataCommunicator().getKeyMapper().key(item);
        String columnId = grid.getColumnByKey(columnKey).getElement().getProperty("_flowId");
        assertThat(columnId).isNotBlank();
        var data = JsonNodeFactory.instance.objectNode();
        data.put(CellDrillDown.KEYS, true);
        data.put(CellDrillDown.ROW_KEY, itemKey);
        data.put(CellDrillDown.COLUMN_ID, columnId);
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(grid.getElement(),
                new DomEvent(grid.getElement(), "keydown", data));
    }

    @Test
    void enterOrSpaceOnATableCellDrillsDownLikeAClick() {
        openGtqm2013();
        long culture = _get(DashboardView.class).shown().bySectorAndStatus().stream()
                .filter(c -> c.sectorCode().equals("CUL")).findFirst().orElseThrow().sectorId();
        long expected = dashboards.countProjects(DashboardFilter.none().withWorkingGroup(gtqm).withPeriodStart(2013)
                .withSector(culture).withStatus(ProjectStatus.IMPLEMENTATION));

        pressOnCell(grid("dashboard-by-sector-table"), 1, "IMPLEMENTATION", "Enter");

        assertThat(address()).contains("sector=" + culture).contains("status=IMPLEMENTATION");
        assertThat(_size(grid("dashboard-project-grid"))).isEqualTo((int) expected);

        _click(_get(Button.class, spec -> spec.withId("dashboard-filter-reset")));
        openGtqm2013();
        long atRisk = dashboards.countProjects(DashboardFilter.none().withWorkingGroup(gtqm).withPeriodStart(2013)
                .withHealth(ProjectHealth.AT_RISK));

        pressOnCell(grid("dashboard-by-group-table"), 0, "AT_RISK", " ");

        assertThat(address()).contains("health=AT_RISK").contains("workingGroup=" + gtqm);
        assertThat(_size(grid("dashboard-project-grid"))).isEqualTo((int) atRisk);
        assertThat(grid("dashboard-by-group-table").getSelectionModel())
                .as("Space drills down, it does not select").isInstanceOf(
                        com.vaadin.flow.component.grid.GridNoneSelectionModel.class);
    }

    @Test
    void aKeyWithoutAFocusedBodyCellDoesNothing() {
        openGtqm2013();
        Grid<?> sectors = grid("dashboard-by-sector-table");
        var data = JsonNodeFactory.instance.objectNode();
        data.put(CellDrillDown.KEYS, true);
        data.put(CellDrillDown.ROW_KEY, "");  // the header
        data.put(CellDrillDown.COLUMN_ID, "");
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(sectors.getElement(),
                new DomEvent(sectors.getElement(), "keydown", data));
        assertThat(address()).doesNotContain("sector=");
        assertThat(_size(grid("dashboard-project-grid"))).isEqualTo(24);
    }

    @Test
    void theNewChartsCarryIdsThatDrillDown() {
        openGtqm2013();
        DashboardView view = view();
        Chart periods = _get(Chart.class, spec -> spec.withId("dashboard-by-period-chart"));
        Chart groups = _get(Chart.class, spec -> spec.withId("dashboard-by-group-chart"));
        Chart map = _get(Chart.class, spec -> spec.withId("dashboard-map-chart"));
        long culture = view.shown().bySectorAndStatus().stream()
                .filter(c -> c.sectorCode().equals("CUL")).findFirst().orElseThrow().sectorId();
        assertThat(periods.getElement().getProperty("optionJson")).contains("\"period:2013:sector:" + culture + "\"");
        assertThat(groups.getElement().getProperty("optionJson")).contains("\"group:" + gtqm + ":AT_RISK\"")
                .contains("#E69F00");
        assertThat(map.getElement().getProperty("optionJson")).contains("\"map\":\"world\"")
                .contains("\"MX\":\"Mexique\"").contains("\"id\":\"country:MX\"").contains("\"value\":24");
        assertThat(map.label()).isEqualTo("Carte du monde des projets par pays partenaire");
        assertThat(map.getElement().getProperty("fileName")).startsWith("carte-du-monde-des-projets-par-pays-partenaire-");

        ComponentUtil.fireEvent(periods, new Chart.ChartClickEvent(periods, true, "period:2013:sector:" + culture));
        assertThat(address()).contains("period=2013").contains("sector=" + culture);
        assertThat(_size(grid("dashboard-project-grid"))).isEqualTo(7);

        _click(_get(Button.class, spec -> spec.withId("dashboard-filter-reset")));
        ComponentUtil.fireEvent(map, new Chart.ChartClickEvent(map, true, "country:MX"));
        assertThat(address()).isEqualTo("country=MX");
        assertThat(_size(grid("dashboard-project-grid")))
                .isEqualTo((int) dashboards.countProjects(DashboardFilter.none().withCountry("MX")));

        ComponentUtil.fireEvent(groups, new Chart.ChartClickEvent(groups, true, "group:" + gtqm + ":OFF_TRACK"));
        assertThat(address()).contains("health=OFF_TRACK").contains("workingGroup=" + gtqm);
        String before = address();
        for (String nonsense : List.of("group:abc", "group:" + gtqm + ":NOPE", "period:1800", "period:2013:sector:x",
                "country:ZZ")) {
            ComponentUtil.fireEvent(groups, new Chart.ChartClickEvent(groups, true, nonsense));
        }
        assertThat(address()).as("unknown ids change nothing").isEqualTo(before);
    }
}
