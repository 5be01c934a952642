package org.coopera.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopera.TestSecurity.as;
import static org.coopera.TestSecurity.signIn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coopera.IntegrationTest;
import org.coopera.base.BusinessException;
import org.coopera.program.ProgramDraft;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramStatus;
import org.coopera.program.ProgramSummary;
import org.coopera.program.ProjectDetail;
import org.coopera.program.ProjectDraft;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectRow;
import org.coopera.program.ProjectService;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import org.coopera.reference.JurisdictionKind;
import org.coopera.reference.JurisdictionRef;
import org.coopera.reference.PartnerService;
import org.coopera.reference.ReferenceDrafts.JurisdictionDraft;
import org.coopera.reference.SectorService;
import org.coopera.workinggroup.WorkingGroupDraft;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Importing projects from CSV and XLSX on a working group of its own (with Bavaria), so that the
 * demo GTQM stays untouched: preview without writing, field-by-field changes, blank cells, errors
 * with row and column, organisations proposed, one transaction, concurrent changes, permissions.
 */
@IntegrationTest
class ProjectImportIT {

    private static final String HEADER = "Code;Programmation;Titre (français);Title (English);Secteur;Budget ($ CA);"
            + "Thèmes;Date de début;Date de fin;Statut;État;Responsable partenaire;Pays ou juridiction partenaire\r\n";

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
    SectorService sectors;

    WorkingGroupSummary group;
    ProgramSummary program;
    String label;
    String suffix;



    @BeforeEach
    void aWorkingGroupWithBavaria() {
        signIn("admin", "ADMIN");
        suffix = String.valueOf(System.nanoTime() % 1_000_000);
        JurisdictionRef bavaria = partners.findJurisdictions("Bavière", PageRequest.of(0, 1)).stream().findFirst()
                .orElseGet(() -> partners.createJurisdiction(new JurisdictionDraft("DE",
                        JurisdictionKind.FEDERATED_STATE, "DE-BY", "Bavière", "Bavaria")));
        group = workingGroups.create(new WorkingGroupDraft("GTIM" + suffix, "Groupe import " + suffix,
                "Import group " + suffix, bavaria.id(), LocalDate.of(1989, 1, 1), null, null, true));
        program = programs.create(new ProgramDraft(group.id(), 2015, 2017, null, null, ProgramStatus.ADOPTED, Set.of()));
        label = group.acronym() + " 2015-2017";
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ProjectRow existing(String code) {
        return projects.create(program.id(), new ProjectDraft(code, "Titre " + code, "Title " + code,
                sectors.byCode("CUL").orElseThrow().id(), null, null, null, LocalDate.of(2015, 7, 1),
                LocalDate.of(2017, 6, 30), new BigDecimal("1000.00"), ProjectStatus.IMPLEMENTATION,
                ProjectHealth.ON_TRACK, Set.of(Theme.YOUTH), "Description " + code, null));
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
    void previewShowsCreationsAndFieldChangesAndWritesNothingUntilConfirmed() {
        existing("X-1");
        byte[] file = csv(
                "X-1;" + label + ";;New title X-1;;2 500,50;;;;;;;",
                "X-2;" + label + ";Titre X-2;Title X-2;Culture;;Égalité entre les femmes et les hommes, Jeunesse;19/06/2015;"
                        + "2017-06-30;En cours;;;Allemagne");

        ImportPreview preview = imports.preview("projets.csv", file, Locale.FRENCH);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.format()).isEqualTo("CSV");
        assertThat(preview.encoding()).isEqualTo("UTF-8");
        assertThat(preview.rowCount()).isEqualTo(2);
        assertThat(preview.creates()).singleElement().satisfies(row -> {
            assertThat(row.row()).isEqualTo(3);
            assertThat(row.code()).isEqualTo("X-2");
            assertThat(row.changes()).extracting(FieldChange::column).contains(ImportColumn.TITLE_FR,
                    ImportColumn.SECTOR, ImportColumn.START_DATE, ImportColumn.STATUS, ImportColumn.THEMES);
        });
        assertThat(preview.updates()).singleElement().satisfies(row -> {
            assertThat(row.row()).isEqualTo(2);
            // blank cells (French title, sector, dates...) are no change
            assertThat(row.changes()).containsExactly(
                    new FieldChange(ImportColumn.TITLE_EN, "Title X-1", "New title X-1"),
                    new FieldChange(ImportColumn.BUDGET, "1000.00", "2500.50"));
        });
        assertThat(count()).isEqualTo(1);

        ImportResult result = imports.confirm(preview, false);

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(count()).isEqualTo(2);
        ProjectDetail x1 = detail("X-1");
        assertThat(x1.row().titleFr()).isEqualTo("Titre X-1");
        assertThat(x1.row().titleEn()).isEqualTo("New title X-1");
        assertThat(x1.row().budget()).isEqualByComparingTo("2500.50");
        assertThat(x1.themes()).containsExactly(Theme.YOUTH);
        assertThat(x1.description()).isEqualTo("Description X-1");
        ProjectDetail x2 = detail("X-2");
        assertThat(x2.row().startDate()).isEqualTo(LocalDate.of(2015, 6, 19));
        assertThat(x2.row().status()).isEqualTo(ProjectStatus.IMPLEMENTATION);
        assertThat(x2.row().health()).isEqualTo(ProjectHealth.ON_TRACK);
        assertThat(x2.themes()).containsExactlyInAnyOrder(Theme.GENDER_EQUALITY, Theme.YOUTH);
        // Envers history: the change of X-1 is a revision with its fields
        assertThat(projects.history(x1.row().id())).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void blankCellsMeanNoChange() {
        existing("X-3");
        ImportPreview preview = imports.preview("p.csv", csv("X-3;" + label + ";;;;;;;;;;;"), Locale.FRENCH);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.unchanged()).extracting(PreviewRow::code).containsExactly("X-3");
        assertThat(preview.plan()).isEmpty();
        assertThat(imports.confirm(preview, false).updated()).isZero();
        assertThat(detail("X-3").row().budget()).isEqualByComparingTo("1000.00");
    }

    @Test
    void eachBadCellIsReportedWithRowColumnAndReasonAndNothingIsWritten() {
        existing("E-0");
        byte[] file = csv(
                "E-1;" + label + ";T;T;Astrologie;;;;;;;;",
                "E-2;" + label + ";T;T;CUL;12 abc;;31/02/2016;;;;;",
                "E-3;" + label + ";T;T;CUL;;Chasse;;;Bientôt;Moyen;;",
                "E-4;" + label + ";T;T;=1+1;;;;;;;;",
                "E-5;" + label + ";T;T;CUL;;;;;;;;Atlantide",
                "E-6;" + label + ";T;T;CUL;;;;;;;;Mexique",
                "E-7;" + label + ";;T;CUL;;;;;;;;",
                "E-1;" + label + ";T;T;CUL;;;;;;;;",
                "E-8;PROG 2015-2017;T;T;CUL;;;;;;;;",
                "E-9;n'importe quoi;T;T;CUL;;;;;;;;",
                "E 10!;" + label + ";T;T;CUL;;;;;;;;",
                "E-11;" + label + ";T;T;CUL;;;2016-01-01;2015-01-01;;;;",
                "E-12;" + label + ";T;T;CUL;-5;;;;;;;",
                "E-0;" + label + ";;;;;;;;;;;");

        ImportPreview preview = imports.preview("p.csv", file, Locale.FRENCH);

        assertThat(preview.errors()).extracting(RowError::row, RowError::column, RowError::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(2, ImportColumn.SECTOR, "exchange.import.sector.unknown"),
                org.assertj.core.groups.Tuple.tuple(3, ImportColumn.BUDGET, "exchange.import.number.invalid"),
                org.assertj.core.groups.Tuple.tuple(3, ImportColumn.START_DATE, "exchange.import.date.invalid"),
                org.assertj.core.groups.Tuple.tuple(4, ImportColumn.THEMES, "exchange.import.theme.unknown"),
                org.assertj.core.groups.Tuple.tuple(4, ImportColumn.STATUS, "exchange.import.status.unknown"),
                org.assertj.core.groups.Tuple.tuple(4, ImportColumn.HEALTH, "exchange.import.health.unknown"),
                org.assertj.core.groups.Tuple.tuple(5, ImportColumn.SECTOR, "exchange.import.cell.formula"),
                org.assertj.core.groups.Tuple.tuple(6, ImportColumn.PARTNER, "exchange.import.country.unknown"),
                org.assertj.core.groups.Tuple.tuple(7, ImportColumn.PARTNER, "exchange.import.partner.other"),
                org.assertj.core.groups.Tuple.tuple(8, ImportColumn.TITLE_FR, "exchange.import.required-for-new"),
                org.assertj.core.groups.Tuple.tuple(9, ImportColumn.CODE, "exchange.import.code.duplicate"),
                org.assertj.core.groups.Tuple.tuple(10, ImportColumn.PROGRAM, "exchange.import.program.unknown"),
                org.assertj.core.groups.Tuple.tuple(11, ImportColumn.PROGRAM, "exchange.import.program.format"),
                org.assertj.core.groups.Tuple.tuple(12, ImportColumn.CODE, "project.code.pattern"),
                org.assertj.core.groups.Tuple.tuple(13, ImportColumn.END_DATE, "validation.dates.order"),
                org.assertj.core.groups.Tuple.tuple(14, ImportColumn.BUDGET, "exchange.import.number.invalid"));
        assertThat(preview.errors()).filteredOn(e -> e.row() == 9).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("Le code «\u00a0E-1\u00a0» figure déjà à la ligne 2 pour la même programmation."));
        assertThat(preview.unchanged()).extracting(PreviewRow::code).containsExactly("E-0");
        assertThat(preview.valid()).isFalse();
        assertThat(preview.plan()).isEmpty();

        assertThatThrownBy(() -> imports.confirm(preview, true))
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("exchange.import.has-errors"));
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void unknownOrganisationsAreProposedAndCreatedOnlyWhenTheUserConfirms() {
        String name = "Technische Universität Import " + suffix;
        byte[] file = csv("O-1;" + label + ";T;T;CUL;;;;;;;" + name + ";Bavière",
                "O-2;" + label + ";T;T;CUL;;;;;;;" + name + ";DE");

        ImportPreview preview = imports.preview("p.csv", file, Locale.FRENCH);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.newOrganisations()).containsExactly(new NewOrganisation(name, "DE", List.of(2, 3)));
        assertThatThrownBy(() -> imports.confirm(preview, false)).satisfies(
                e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("exchange.import.organisations.unconfirmed"));
        assertThat(count()).isZero();
        assertThat(partners.resolveOrganisation(name, "DE")).isEmpty();

        ImportResult result = imports.confirm(preview, true);

        assertThat(result.organisationsCreated()).containsExactly(name);
        long organisation = partners.resolveOrganisation(name, "DE").orElseThrow().id();
        assertThat(detail("O-1").leadOrgPartnerId()).isEqualTo(organisation);
        assertThat(detail("O-2").leadOrgPartnerId()).isEqualTo(organisation);
    }

    @Test
    void officersMayNotCreateOrganisationsNorImportIntoOtherWorkingGroups() {
        ImportPreview preview = as("agent", "OFFICER", () -> imports.preview("p.csv",
                csv("A-1;" + label + ";T;T;CUL;;;;;;;Inconnue " + suffix + ";"), Locale.FRENCH));

        assertThat(preview.errors()).extracting(RowError::messageKey)
                .contains("exchange.import.program.not-allowed");
        assertThatThrownBy(() -> as("lecteur", "READER", () -> imports.preview("p.csv", csv("A-1;" + label), Locale.FRENCH)))
                .isInstanceOf(AuthorizationDeniedException.class);

        // the officer of the GTQM: the programme is theirs, the unknown organisation is refused
        ImportPreview gtqm = as("agent", "OFFICER", () -> imports.preview("p.csv",
                csv("GTQM-2013-RI-01;GTQM 2013-2015;;;;;;;;;;Inconnue " + suffix + ";"), Locale.FRENCH));
        assertThat(gtqm.errors()).extracting(RowError::column, RowError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ImportColumn.LEAD_PARTNER,
                        "exchange.import.organisation.unknown"));
    }

    @Test
    void statusAndHealthStayWithApprovedUpdates() {
        // GTQM-2013-RI-02 has an approved status update in the demo data
        ImportPreview preview = imports.preview("p.csv",
                csv("GTQM-2013-RI-02;GTQM 2013-2015;;;;;;;;Terminé;;;"), Locale.FRENCH);

        assertThat(preview.errors()).extracting(RowError::column, RowError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ImportColumn.STATUS, "project.status.from-updates"));
    }

    @Test
    void aProjectChangedSinceThePreviewFailsTheWholeImport() {
        ProjectRow x = existing("C-1");
        ImportPreview preview = imports.preview("p.csv", csv("C-1;" + label + ";Nouveau;;;;;;;;;;",
                "C-2;" + label + ";T;T;CUL;;;;;;;;"), Locale.FRENCH);
        assertThat(preview.errors()).isEmpty();
        projects.update(x.id(), x.version(), projects.detail(x.id()).orElseThrow().toDraft());  // someone saves meanwhile
        ProjectDetail changed = projects.detail(x.id()).orElseThrow();
        projects.update(x.id(), changed.row().version(), new ProjectDraft("C-1", "Autre", "Other", changed.row().sectorId(),
                null, null, null, null, null, null, ProjectStatus.PIPELINE, ProjectHealth.ON_TRACK, null, null, null));

        assertThatThrownBy(() -> imports.confirm(preview, false)).isInstanceOf(ObjectOptimisticLockingFailureException.class);

        assertThat(count()).isEqualTo(1);
        assertThat(detail("C-1").row().titleFr()).isEqualTo("Autre");
    }

    @Test
    void oneRefusedRowAtConfirmationWritesNothing() {
        ImportPreview preview = imports.preview("p.csv", csv("T-1;" + label + ";T;T;CUL;;;;;;;;",
                "T-2;" + label + ";T;T;CUL;;;;;;;;"), Locale.FRENCH);
        assertThat(preview.creates()).hasSize(2);
        existing("T-2");  // someone creates T-2 between preview and confirmation

        assertThatThrownBy(() -> imports.confirm(preview, false))
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("project.code.taken"));

        assertThat(count()).isEqualTo(1);
    }

    @Test
    void wrongEncodingsAndFilesAreRefusedAsAWhole() {
        byte[] ansi = (HEADER.replace("ç", "c") + "W-1;" + label + ";Éducation;T;CUL;;;;;;;;\r\n")
                .getBytes(Charset.forName("windows-1252"));
        assertThatThrownBy(() -> imports.preview("p.csv", ansi, Locale.FRENCH))
                .isInstanceOf(ImportRefusedException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("exchange.import.encoding.not-utf8"));
        assertThatThrownBy(() -> imports.preview("p.csv", "Code;Couleur\r\nW-1;rouge\r\n".getBytes(StandardCharsets.UTF_8),
                Locale.FRENCH)).satisfies(e -> assertThat(((BusinessException) e).messageKey())
                .isEqualTo("exchange.import.header.unknown"));
        assertThatThrownBy(() -> imports.preview("p.csv", "Code;Titre (français)\r\nW-1;x\r\n".getBytes(StandardCharsets.UTF_8),
                Locale.FRENCH)).satisfies(e -> assertThat(((BusinessException) e).messageKey())
                .isEqualTo("exchange.import.header.missing"));
        assertThat(count()).isZero();
    }

    @Test
    void theXlsxTemplateIsDocumentedAndImportsOnceFilledIn() throws IOException {
        byte[] template = imports.templateXlsx(Locale.ENGLISH);
        byte[] filled;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template)); var out = new ByteArrayOutputStream()) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Projects");
            assertThat(workbook.getSheet("Instructions").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Importing projects into Coopera");
            assertThat(workbook.getSheet("Sectors").getPhysicalNumberOfRows()).isGreaterThan(5);
            assertThat(workbook.getSheet("Countries").getPhysicalNumberOfRows()).isGreaterThan(200);
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Code");
            Row row = workbook.getSheetAt(0).createRow(1);
            String[] values = {"XL-1", label, "Titre XL", "Title XL", "Culture", "Germany", "Université Laval", "", "",
                    "", "", "", "Pipeline", "At risk", "Youth", "Imported from XLSX"};
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
            row.getCell(9).setCellValue(LocalDate.of(2015, 9, 1));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            row.getCell(9).setCellStyle(style);
            row.createCell(11).setCellValue(75000);
            workbook.write(out);
            filled = out.toByteArray();
        }

        ImportPreview preview = imports.preview("projects.xlsx", filled, Locale.ENGLISH);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.format()).isEqualTo("XLSX");
        imports.confirm(preview, false);
        ProjectDetail xl = detail("XL-1");
        assertThat(xl.row().startDate()).isEqualTo(LocalDate.of(2015, 9, 1));
        assertThat(xl.row().budget()).isEqualByComparingTo("75000");
        assertThat(xl.row().health()).isEqualTo(ProjectHealth.AT_RISK);
        assertThat(xl.row().leadQuebec()).isEqualTo("Université Laval");
        assertThat(xl.description()).isEqualTo("Imported from XLSX");

        assertThat(new String(imports.templateCsv(Locale.FRENCH), StandardCharsets.UTF_8))
                .startsWith("\uFEFFCode;Programmation;Titre (français)");
    }
}
