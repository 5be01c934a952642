package org.coopera.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coopera.base.export.ExportFormat;
import org.coopera.base.export.TableExport;
import org.coopera.program.ProgramService;
import org.coopera.program.ProjectBatchService;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectRow;
import org.coopera.program.ProjectService;
import org.coopera.program.ProjectStatus;
import org.coopera.security.Role;
import org.coopera.KaribuTest;
import org.coopera.workinggroup.WorkingGroupService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Export of the project list: every matching row, read page by page, with the filters stated on top. */
class ProjectListExportTest extends KaribuTest {

    @Autowired
    ProjectBatchService batch;
    @Autowired
    ProjectService projects;
    @Autowired
    ProgramService programs;
    @Autowired
    WorkingGroupService workingGroups;
    @Autowired
    MessageSource messages;

    private long gtqm2013() {
        long group = workingGroups.find("GTQM", null, false, 0, 5).getFirst().id();
        return programs.programsOf(group).stream().filter(p -> p.startYear() == 2013).findFirst().orElseThrow().id();
    }

    @Test
    void pagesFollowEachOtherInCodeOrderWithoutGapsOrRepeats() {
        login("lecteur", Role.READER);
        ProjectFilter filter = ProjectFilter.none().withProgram(gtqm2013());
        List<String> expected = projects.find(filter, "code", true, 0, 500).stream().map(ProjectRow::code).toList();
        List<String> paged = new java.util.ArrayList<>();
        List<Integer> sizes = new java.util.ArrayList<>();
        batch.forEachPage(filter, 5, page -> {
            sizes.add(page.size());
            page.forEach(row -> paged.add(row.code()));
        });

        assertThat(expected).hasSize(24);
        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(sizes).containsExactly(5, 5, 5, 5, 4);
    }

    @Test
    void theListAsFilteredIsExportedWithItsFiltersStated() throws IOException {
        login("lecteur", Role.READER);
        long program = gtqm2013();
        UI.getCurrent().navigate(ProjectsView.class, QueryParameters.simple(Map.of(ProjectsView.P_STATUS,
                ProjectStatus.IMPLEMENTATION.name(), ProjectsView.P_TEXT, "GTQM-2013")));
        ProjectsView view = _get(ProjectsView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("project-export-xlsx")).getText()).isEqualTo("Exporter (XLSX)");
        assertThat(view.exportFilterLines()).contains("Filtre «\u00a0Statut\u00a0»\u00a0: En cours");

        ProjectFilter filter = ProjectFilter.none().withProgram(program);
        Locale fr = Locale.FRENCH;
        TableExport table = ProjectListExport.table(batch, filter, List.of("Filtre « Programmation » : GTQM 2013-2015"),
                fr, (key, args) -> messages.getMessage(key, args, fr));
        byte[] xlsx = ExportFormat.XLSX.toBytes(List.of(table), fr);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            String all = sheet.getRow(0).getCell(0).getStringCellValue() + " / "
                    + sheet.getRow(1).getCell(0).getStringCellValue() + " / " + sheet.getRow(2).getCell(0).getStringCellValue();
            assertThat(all).contains("Projets").contains("24 projet(s)").contains("GTQM 2013-2015");
        }
        assertThat(table.rows()).hasSize(24);
        assertThat(table.headers()).startsWith("Code", "Groupe de travail", "Programmation");
        assertThat(table.rows().getFirst().get(0)).isEqualTo("GTQM-2013-CUL-01");
        String csv = new String(ExportFormat.CSV.toBytes(List.of(table), fr), StandardCharsets.UTF_8);
        assertThat(csv).contains("GTQM-2013-RI-01").contains("En cours");
    }
}
