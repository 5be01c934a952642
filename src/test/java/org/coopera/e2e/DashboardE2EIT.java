package org.coopera.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real browser: a manager opens it (axe scan with the charts and the world map drawn),
 * clicks a bar of a chart and a country of the map, and the list below holds exactly the projects of the
 * figure; a table cell drills down by keyboard; the export and "save as image" download files.
 */
class DashboardE2EIT extends E2ETestBase {

    /** Waits until a chart has drawn its option (the element marks each drawing). */
    private static Locator drawnChart(Page target, String id) {
        Locator chart = target.locator("coopera-chart#" + id);
        assertThat(chart).hasAttribute("data-rendered", Pattern.compile("\\d+"));
        return chart;
    }

    /** Clicks the chart where its data coordinates [x, y] are drawn (ECharts converts them to pixels). */
    private static void clickChartAt(Page target, Locator chart, int seriesIndex, Object x, Object y) {
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) chart.evaluate("(el, a) => el.echarts.convertToPixel({seriesIndex: a[0]},"
                + " [a[1], a[2]])", List.of(seriesIndex, x, y));
        chart.scrollIntoViewIfNeeded();
        BoundingBox box = chart.locator("#chart").boundingBox();
        target.mouse().click(box.x + pixel.get(0).doubleValue(), box.y + pixel.get(1).doubleValue());
    }

    private static long projectGridSize(Page target) {
        waitForVaadin(target);
        return ((Number) target.locator("#dashboard-project-grid").evaluate("grid => grid.size")).longValue();
    }

    @Test
    void managerDrillsDownFromAChartBarAndTheListMatchesTheFigure() {
        login("gestionnaire");
        open("dashboards?period=2013");
        drawnChart(page, "dashboard-by-sector-chart");
        drawnChart(page, "dashboard-by-period-chart");
        drawnChart(page, "dashboard-by-group-chart");
        drawnChart(page, "dashboard-map-chart");
        assertNoAccessibilityViolations(page, "/dashboards with its charts and map");

        // the country chart: its first bar (most projects), the figure it draws and what it stands for
        Locator chart = drawnChart(page, "dashboard-by-country-chart");
        long figure = ((Number) chart.evaluate("el => el.echarts.getOption().series[0].data[0].value")).longValue();
        String country = chart.evaluate("el => el.echarts.getOption().series[0].data[0].id").toString()
                .substring("country:".length());
        assertTrue(figure > 0);

        clickChartAt(page, chart, 0, figure / 2.0, 0);

        assertThat(page).hasURL(Pattern.compile(".*country=" + country + ".*"));
        assertThat(page.locator("#dashboard-results")).hasText(figure + " projets");
        assertEquals(figure, projectGridSize(page), "the list holds exactly the projects of " + country);
    }

    @Test
    void clickingMexicoOnTheMapDrillsDownToItsProjects() {
        login("gestionnaire");
        open("dashboards?period=2013");
        Locator map = drawnChart(page, "dashboard-map-chart");

        clickChartAt(page, map, 0, -102.5, 24.0);  // the middle of Mexico

        assertThat(page).hasURL(Pattern.compile(".*country=MX.*"));
        long mexico = ((Number) map.evaluate("el => el.echarts.getOption().series[0].data"
                + ".find(d => d.id === 'country:MX').value")).longValue();
        assertThat(page.locator("#dashboard-by-country-table vaadin-grid-cell-content")
                .getByText("Mexique (MX)")).isVisible();
        assertThat(page.locator("#dashboard-results")).hasText(mexico + " projets");
        assertEquals(mexico, projectGridSize(page));
    }

    @Test
    void aTableCellDrillsDownByKeyboard() {
        login("gestionnaire");
        open("dashboards?period=2013");
        Locator table = page.locator("#dashboard-by-sector-table");
        assertThat(table.locator("vaadin-grid-cell-content").first()).isVisible();

        // from the chart's button before it, Tab reaches the table's header, Tab again its first row;
        // the arrow keys move to the "En cours" cell and Enter drills down to that sector and status
        page.locator("#dashboard-by-sector-chart button").focus();
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*sector=\\d+.*status=IMPLEMENTATION.*"));
        waitForVaadin(page);
        assertEquals(1L, ((Number) table.evaluate("grid => grid.size")).longValue(), "only the sector chosen");
    }

    @Test
    void theExportAndTheChartImageDownload() throws IOException {
        login("gestionnaire");
        open("dashboards?period=2013");
        drawnChart(page, "dashboard-by-sector-chart");

        // one export menu per section: open it, then choose the format
        page.locator("#dashboard-export-by-sector vaadin-menu-bar-button").first().click();
        Download export = page.waitForDownload(() -> page.locator("#dashboard-export-by-sector-xlsx").click());

        assertEquals("projets-par-secteur-et-par-statut-" + LocalDate.now() + ".xlsx", export.suggestedFilename());
        try (InputStream in = Files.newInputStream(export.path()); var workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Projets par secteur et par statut", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Programmation (année de début)\u00a0: 2013", sheet.getRow(2).getCell(0).getStringCellValue());
        }

        Download image = page.waitForDownload(() -> page.locator("#dashboard-by-sector-chart button").click());
        assertTrue(image.suggestedFilename().matches("projets-par-secteur-et-par-statut-\\d{4}-\\d{2}-\\d{2}\\.(png|svg)"),
                image.suggestedFilename());
        assertTrue(Files.size(image.path()) > 1000, "an image, not an empty file");
    }
}
