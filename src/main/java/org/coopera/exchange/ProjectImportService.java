package org.coopera.exchange;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coopera.base.BusinessException;
import org.coopera.program.ProgramService;
import org.coopera.program.ProjectBatchService;
import org.coopera.program.ProjectChange;
import org.coopera.program.ProjectDraft;
import org.coopera.program.ProjectService;
import org.coopera.program.ProjectSnapshot;
import org.coopera.reference.CountryService;
import org.coopera.reference.OrganisationType;
import org.coopera.reference.PartnerService;
import org.coopera.reference.QuebecRegionService;
import org.coopera.reference.ReferenceDrafts.OrganisationDraft;
import org.coopera.reference.SectorService;
import org.coopera.security.Roles;
import org.coopera.workinggroup.WorkingGroupService;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports projects from an XLSX workbook or a CSV file in two steps. {@link #preview} reads the file
 * and writes nothing: rows to create, rows to change field by field, rows in error (row, column,
 * reason), organisations to create. {@link #confirm} then writes the whole plan in one transaction,
 * or nothing. Rows are matched to projects by programme and code; a blank cell keeps the stored
 * value. The rules are those of the project screen ({@link ProjectService}): who may edit which
 * working group's projects, validation, unique codes, sectors in use, status and health left to
 * approved status updates.
 */
@Service
public class ProjectImportService {

    private final ProjectBatchService batch;
    private final ProjectService projects;
    private final ProgramService programs;
    private final WorkingGroupService workingGroups;
    private final SectorService sectors;
    private final CountryService countries;
    private final PartnerService partners;
    private final MessageSource messages;
    private final Validator validator;
    private final ExchangeProperties properties;
    private final ImportTemplate template;
    private final QuebecRegionService regions;

    ProjectImportService(ProjectBatchService batch, ProjectService projects, ProgramService programs,
                         WorkingGroupService workingGroups, SectorService sectors, CountryService countries,
                         PartnerService partners, MessageSource messages, Validator validator,
                         ExchangeProperties properties, ImportTemplate template, QuebecRegionService regions) {
        this.regions = regions;
        this.batch = batch;
        this.projects = projects;
        this.programs = programs;
        this.workingGroups = workingGroups;
        this.sectors = sectors;
        this.countries = countries;
        this.partners = partners;
        this.messages = messages;
        this.validator = validator;
        this.properties = properties;
        this.template = template;
    }

    /** The most data rows a file may hold ({@code coopera.exchange.import-max-rows}). */
    @PermitAll
    public int maxRows() {
        return properties.importMaxRows();
    }

    /** The documented template: a sheet to fill in, an instructions sheet, the valid sectors and countries. */
    @PermitAll
    public byte[] templateXlsx(Locale locale) {
        return template.xlsx(locale);
    }

    /** The same template as CSV (UTF-8 with byte-order mark, semicolons): header row and one example row. */
    @PermitAll
    public byte[] templateCsv(Locale locale) {
        return template.csv(locale);
    }

    /** Reads a file and says what confirming it would do; writes nothing (dry run). */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, byte[] content, Locale locale) {
        return preview(fileName, content, locale, ImportProgress.NONE);
    }

    /**
     * As {@link #preview(String, byte[], Locale)}, telling {@code progress} how far it has gone.
     *
     * @throws ImportRefusedException when the file as a whole cannot be read (type, damage, encoding, size)
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, byte[] content, Locale locale, ImportProgress progress) {
        ImportSheet sheet = SheetReader.read(fileName, content, properties.importMaxRows(), progress::read);
        Map<ImportColumn, Integer> columns = columns(sheet.header(), locale);
        var context = new ImportContext(batch, programs, projects, workingGroups, countries, partners, regions, sectors.all(),
                mayCreateOrganisations(), locale);
        var analysis = new ImportAnalysis(context, columns, validator, this::text, batch);
        return analysis.run(fileName, sheet, progress);
    }

    /**
     * Writes a preview's plan in one transaction: first the organisations to create (only when
     * {@code createOrganisations} says the user agreed), then every project. Refused when the preview
     * has errors; a project saved by someone else since the preview fails the whole import
     * ({@link org.springframework.orm.ObjectOptimisticLockingFailureException}) and nothing is written.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional
    public ImportResult confirm(ImportPreview preview, boolean createOrganisations) {
        if (!preview.valid()) {
            throw new BusinessException("exchange.import.has-errors", preview.rowsInError());
        }
        if (!preview.newOrganisations().isEmpty() && !createOrganisations) {
            throw new BusinessException("exchange.import.organisations.unconfirmed", preview.newOrganisations().size());
        }
        Map<String, Long> created = new HashMap<>();
        List<String> createdNames = new ArrayList<>();
        for (NewOrganisation organisation : preview.newOrganisations()) {
            long id = partners.createOrganisation(new OrganisationDraft(organisation.name(), null,
                    organisation.countryCode(), OrganisationType.OTHER)).id();
            created.put(ImportAnalysis.organisationRef(organisation.name(), organisation.countryCode()), id);
            createdNames.add(organisation.name());
        }
        List<ProjectChange> changes = new ArrayList<>(preview.plan().size());
        for (PlannedProject planned : preview.plan()) {
            changes.add(new ProjectChange(planned.projectId(), planned.expectedVersion(), planned.programId(),
                    withCreatedOrganisations(planned, created)));
        }
        List<Long> ids = changes.isEmpty() ? List.of() : batch.apply(changes);
        int createdCount = (int) preview.plan().stream().filter(p -> p.projectId() == null).count();
        return new ImportResult(createdCount, preview.plan().size() - createdCount, preview.unchanged().size(),
                createdNames, ids);
    }

    /**
     * Preview and, when the file has no error, confirm in one call (the API's import without dry
     * run). {@code result} is null when the file has errors: nothing was written.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional
    public ImportOutcome importFile(String fileName, byte[] content, Locale locale, boolean createOrganisations) {
        ImportPreview preview = preview(fileName, content, locale);
        return new ImportOutcome(preview, preview.valid() ? confirm(preview, createOrganisations) : null);
    }

    private static ProjectDraft withCreatedOrganisations(PlannedProject p, Map<String, Long> created) {
        ProjectDraft d = p.draft();
        Long quebec = p.newLeadQuebec() == null ? d.leadOrgQuebecId() : created.get(p.newLeadQuebec());
        Long partner = p.newLeadPartner() == null ? d.leadOrgPartnerId() : created.get(p.newLeadPartner());
        var partnerIds = new java.util.HashSet<>(d.partnerIds() == null ? java.util.Set.of() : d.partnerIds());
        if (p.newPartners() != null) {
            p.newPartners().forEach(ref -> partnerIds.add(created.get(ref)));
        }
        return new ProjectDraft(d.code(), d.titleFr(), d.titleEn(), d.sectorId(), quebec, partner, partnerIds,
                d.startDate(), d.endDate(), d.budget(), d.status(), d.health(), d.themes(), d.description(),
                d.carriedOverFromId(), d.regionCodes());
    }

    /** Header → column, French or English headers, any order; unknown or missing required headers refuse the file. */
    private Map<ImportColumn, Integer> columns(List<String> header, Locale locale) {
        Map<String, ImportColumn> byName = new HashMap<>();
        for (ImportColumn column : ImportColumn.values()) {
            for (Locale language : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
                byName.put(CellValues.normalise(messages.getMessage(column.headerKey(), null, language)), column);
            }
            byName.put(CellValues.normalise(column.name()), column);
        }
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isBlank()) {
                continue;
            }
            ImportColumn column = byName.get(CellValues.normalise(name));
            if (column == null) {
                unknown.add(name);
            } else if (columns.putIfAbsent(column, i) != null) {
                throw new ImportRefusedException("exchange.import.header.duplicate", name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ImportRefusedException("exchange.import.header.unknown", String.join(", ", unknown));
        }
        List<String> missing = Arrays.stream(ImportColumn.values())
                .filter(c -> c.required() && !columns.containsKey(c))
                .map(c -> messages.getMessage(c.headerKey(), null, locale)).toList();
        if (!missing.isEmpty()) {
            throw new ImportRefusedException("exchange.import.header.missing", String.join(", ", missing));
        }
        return columns;
    }

    private String text(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }

    private static boolean mayCreateOrganisations() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.ADMIN)
                || a.getAuthority().equals("ROLE_" + Roles.MANAGER));
    }

    /** {@link #importFile}'s answer: the preview, and what was written (null when the file has errors). */
    public record ImportOutcome(ImportPreview preview, ImportResult result) {
    }

    static String violationKey(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : "exchange.import.invalid";
    }

    static <K, V> Map<K, V> ordered() {
        return new LinkedHashMap<>();
    }
}
