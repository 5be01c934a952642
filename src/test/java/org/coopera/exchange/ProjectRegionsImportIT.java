package org.coopera.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopera.TestSecurity.signIn;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coopera.IntegrationTest;
import org.coopera.base.BusinessException;
import org.coopera.base.export.TableExport;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramSummary;
import org.coopera.program.ProjectBatchService;
import org.coopera.program.ProjectDetail;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectService;
import org.coopera.program.TestProgrammes;
import org.coopera.program.ui.ProjectListExport;
import org.coopera.reference.PartnerService;
import org.coopera.workinggroup.WorkingGroupService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;

/** The import reads a Régions column (codes or names), refuses an unknown region with its row; the export writes them. */
@IntegrationTest
class ProjectRegionsImportIT {

    private static final String HEADER = "Code;Programmation;Titre (français);Title (English);Secteur;Régions\r\n";

    @Autowired
    ProjectImportService imports;
    @Autowired
    PartnerService partners;
    @Autowired
    WorkingGroupService workingGroups;
    @Autowired
    ProgramService programs;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectBatchService batch;
    @Autowired
    MessageSource messages;

    ProgramSummary program;
    String label;

    @BeforeEach
    void aProgrammeOfItsOwn() {
        signIn("admin", "ADMIN");
        var made = TestProgrammes.ownProgramme(partners, workingGroups, programs, "GTRI", "Groupe régions import",
                "Regions import group", Set.of());
        program = made.program();
        label = made.label();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static byte[] csv(String... rows) {
        return (HEADER + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private long count() {
        return projects.count(ProjectFilter.none().withProgram(program.id()));
    }

    private ProjectDetail detail(String code) {
        long id = projects.find(ProjectFilter.none().withProgram(program.id()).withText(code), "code", true, 0, 50)
                .stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().id();
        return projects.detail(id).orElseThrow();
    }

    @Test
    void regionsAreImportedByCodeOrNameAndExportedSoThatTheyReadBack() {
        ImportPreview preview = imports.preview("p.csv", csv(
                "RG-1;" + label + ";Titre 1;Title 1;CUL;\"06; 03\"",
                "RG-2;" + label + ";Titre 2;Title 2;CUL;Saguenay-Lac-Saint-Jean, montreal",
                "RG-3;" + label + ";Titre 3;Title 3;CUL;"), Locale.FRENCH);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.creates()).filteredOn(r -> r.code().equals("RG-1")).singleElement()
                .satisfies(r -> assertThat(r.changes()).contains(new FieldChange(ImportColumn.REGIONS, null,
                        "03 Capitale-Nationale; 06 Montréal")));
        imports.confirm(preview, false);
        assertThat(detail("RG-1").regionCodes()).containsExactlyInAnyOrder("03", "06");
        assertThat(detail("RG-2").regionCodes()).containsExactlyInAnyOrder("02", "06");
        assertThat(detail("RG-3").regionCodes()).isEmpty();

        // an empty cell keeps the stored regions; a new list replaces them
        ImportPreview again = imports.preview("p.csv", csv("RG-1;" + label + ";;;;", "RG-2;" + label + ";;;;16"),
                Locale.FRENCH);
        assertThat(again.unchanged()).extracting(PreviewRow::code).containsExactly("RG-1");
        assertThat(again.updates()).singleElement().satisfies(r -> assertThat(r.changes()).containsExactly(
                new FieldChange(ImportColumn.REGIONS, "02 Saguenay–Lac-Saint-Jean; 06 Montréal", "16 Montérégie")));
        imports.confirm(again, false);
        assertThat(detail("RG-2").regionCodes()).containsExactly("16");

        Locale fr = Locale.FRENCH;
        TableExport table = ProjectListExport.table(batch, ProjectFilter.none().withProgram(program.id()), List.of(),
                fr, (key, args) -> messages.getMessage(key, args, fr));
        assertThat(table.headers()).last().isEqualTo("Régions");
        assertThat(table.rows()).extracting(row -> row.getFirst(), row -> row.getLast()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("RG-1", "03 Capitale-Nationale; 06 Montréal"),
                org.assertj.core.groups.Tuple.tuple("RG-2", "16 Montérégie"),
                org.assertj.core.groups.Tuple.tuple("RG-3", ""));
        // what the export writes reads back unchanged
        ImportPreview roundTrip = imports.preview("p.csv", csv("RG-1;" + label + ";;;;\"03 Capitale-Nationale; 06 Montréal\""),
                Locale.FRENCH);
        assertThat(roundTrip.errors()).isEmpty();
        assertThat(roundTrip.unchanged()).extracting(PreviewRow::code).containsExactly("RG-1");
    }

    @Test
    void theTemplateHasTheRegionsColumnAndListsTheSeventeenRegions() throws java.io.IOException {
        assertThat(new String(imports.templateCsv(Locale.FRENCH), StandardCharsets.UTF_8)).contains(";Régions");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(imports.templateXlsx(Locale.ENGLISH)))) {
            var values = workbook.getSheetAt(workbook.getNumberOfSheets() - 1);
            assertThat(values.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Regions");
            assertThat(values.getRow(6).getCell(3).getStringCellValue()).isEqualTo("06 Montréal");
            assertThat(values.getRow(17).getCell(3).getStringCellValue()).isEqualTo("17 Centre-du-Québec");
        }
    }

    @Test
    void anUnknownRegionIsRefusedWithItsRowAndNothingIsWritten() {
        ImportPreview preview = imports.preview("p.csv", csv(
                "RB-1;" + label + ";Titre 1;Title 1;CUL;06",
                "RB-2;" + label + ";Titre 2;Title 2;CUL;\"06; Ontario\"",
                "RB-3;" + label + ";Titre 3;Title 3;CUL;18"), Locale.FRENCH);

        assertThat(preview.errors()).extracting(RowError::row, RowError::column, RowError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, ImportColumn.REGIONS, "exchange.import.region.unknown"),
                org.assertj.core.groups.Tuple.tuple(4, ImportColumn.REGIONS, "exchange.import.region.unknown"));
        assertThat(preview.errors().getFirst().message()).startsWith("Région du Québec inconnue\u00a0: «\u00a0Ontario\u00a0»");
        assertThat(preview.valid()).isFalse();
        assertThatThrownBy(() -> imports.confirm(preview, false))
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("exchange.import.has-errors"));
        assertThat(count()).isZero();
    }
}
