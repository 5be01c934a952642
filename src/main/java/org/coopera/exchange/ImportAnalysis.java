package org.coopera.exchange;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coopera.exchange.ImportContext.Failure;
import org.coopera.exchange.ImportContext.OrganisationMatch;
import org.coopera.exchange.ImportContext.ProgramInfo;
import org.coopera.program.ProjectBatchService;
import org.coopera.program.ProjectDraft;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectSnapshot;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import org.coopera.reference.CountryRef;
import org.coopera.reference.SectorRef;
import org.coopera.workinggroup.WorkingGroupSummary;

/** One preview: every row checked against the stored projects, with the plan to write. */
final class ImportAnalysis {

    /** Localises a message key with its arguments. */
    interface Texts {
        String text(String key, Object[] args, Locale locale);
    }

    private final ImportContext context;
    private final Map<ImportColumn, Integer> columns;
    private final Validator validator;
    private final Texts texts;
    private final ProjectBatchService batch;
    private final Locale locale;

    private final List<PreviewRow> creates = new ArrayList<>();
    private final List<PreviewRow> updates = new ArrayList<>();
    private final List<PreviewRow> unchanged = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private final Map<String, NewOrganisationBuilder> newOrganisations = new LinkedHashMap<>();
    private final List<PlannedProject> plan = new ArrayList<>();
    private final Map<String, ProjectStatus> statuses = new HashMap<>();
    private final Map<String, ProjectHealth> healths = new HashMap<>();
    private final Map<String, Theme> themes = new HashMap<>();

    private static final class NewOrganisationBuilder {
        final String name;
        final String countryCode;
        final Set<Integer> rows = new TreeSet<>();

        NewOrganisationBuilder(String name, String countryCode) {
            this.name = name;
            this.countryCode = countryCode;
        }
    }

    ImportAnalysis(ImportContext context, Map<ImportColumn, Integer> columns, Validator validator, Texts texts,
                   ProjectBatchService batch) {
        this.context = context;
        this.columns = columns;
        this.validator = validator;
        this.texts = texts;
        this.batch = batch;
        this.locale = context.locale;
        for (ProjectStatus status : ProjectStatus.values()) {
            statuses.put(CellValues.normalise(status.name()), status);
            statuses.put(String.valueOf(status.iatiCode()), status);
            for (Locale language : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
                statuses.put(CellValues.normalise(texts.text("project.status." + status.name(), null, language)), status);
            }
        }
        for (ProjectHealth health : ProjectHealth.values()) {
            healths.put(CellValues.normalise(health.name()), health);
            for (Locale language : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
                healths.put(CellValues.normalise(texts.text("project.health." + health.name(), null, language)), health);
            }
        }
        for (Theme theme : Theme.values()) {
            themes.put(CellValues.normalise(theme.name()), theme);
            for (Locale language : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
                themes.put(CellValues.normalise(texts.text("theme." + theme.name(), null, language)), theme);
            }
        }
    }

    static String organisationRef(String name, String countryCode) {
        return CellValues.normalise(name) + "@" + countryCode;
    }

    ImportPreview run(String fileName, ImportSheet sheet, ImportProgress progress) {
        // pass 1: programme and code of every row, duplicates in the file
        Map<SheetRow, ProgramInfo> programOf = new HashMap<>();
        Map<Long, Set<String>> codesByProgram = new HashMap<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        List<SheetRow> keyed = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            int before = errors.size();
            formulas(row);
            String code = text(row, ImportColumn.CODE);
            String programLabel = text(row, ImportColumn.PROGRAM);
            if (code.isEmpty()) {
                error(row, ImportColumn.CODE, "exchange.import.required");
            }
            ProgramInfo program = null;
            if (programLabel.isEmpty()) {
                error(row, ImportColumn.PROGRAM, "exchange.import.required");
            } else {
                Object found = context.program(programLabel);
                if (found instanceof Failure f) {
                    error(row, ImportColumn.PROGRAM, f.key(), f.args());
                } else {
                    program = (ProgramInfo) found;
                    if (!program.mayEdit()) {
                        error(row, ImportColumn.PROGRAM, "exchange.import.program.not-allowed", program.label());
                    }
                }
            }
            if (program != null && !code.isEmpty()) {
                String key = program.id() + "/" + code.toUpperCase(Locale.ROOT);
                Integer first = firstRowOfCode.putIfAbsent(key, row.number());
                if (first != null) {
                    error(row, ImportColumn.CODE, "exchange.import.code.duplicate", code, first);
                }
                codesByProgram.computeIfAbsent(program.id(), k -> new LinkedHashSet<>()).add(code);
            }
            if (errors.size() == before) {
                programOf.put(row, program);
                keyed.add(row);
            }
        }
        // pass 2: the stored projects, a few statements per programme
        Map<Long, Map<String, ProjectSnapshot>> stored = new HashMap<>();
        codesByProgram.forEach((programId, codes) -> {
            Map<String, ProjectSnapshot> byCode = new HashMap<>();
            batch.byCodes(programId, codes).forEach((code, snapshot) -> byCode.put(code.toUpperCase(Locale.ROOT), snapshot));
            stored.put(programId, byCode);
        });
        // pass 3: each row
        int done = 0;
        for (SheetRow row : keyed) {
            ProgramInfo program = programOf.get(row);
            ProjectSnapshot snapshot = stored.getOrDefault(program.id(), Map.of())
                    .get(text(row, ImportColumn.CODE).toUpperCase(Locale.ROOT));
            analyse(row, program, snapshot);
            if (++done % 500 == 0) {
                progress.checked(done, keyed.size());
            }
        }
        progress.checked(keyed.size(), keyed.size());
        errors.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
                : Integer.compare(a.column() == null ? -1 : a.column().ordinal(), b.column() == null ? -1 : b.column().ordinal()));
        List<NewOrganisation> organisations = newOrganisations.values().stream()
                .map(b -> new NewOrganisation(b.name, b.countryCode, List.copyOf(b.rows))).toList();
        return new ImportPreview(fileName, sheet.format(), sheet.encoding(), sheet.rows().size(), List.copyOf(creates),
                List.copyOf(updates), List.copyOf(unchanged), List.copyOf(errors), organisations,
                errors.isEmpty() ? List.copyOf(plan) : List.of());
    }

    private void analyse(SheetRow row, ProgramInfo program, ProjectSnapshot snapshot) {
        int before = errors.size();
        WorkingGroupSummary group = program.workingGroup();
        ProjectDraft old = snapshot == null ? null : snapshot.detail().toDraft();
        String code = text(row, ImportColumn.CODE);

        String titleFr = or(text(row, ImportColumn.TITLE_FR), old == null ? null : old.titleFr());
        String titleEn = or(text(row, ImportColumn.TITLE_EN), old == null ? null : old.titleEn());
        Long sectorId = old == null ? null : old.sectorId();
        String sectorText = text(row, ImportColumn.SECTOR);
        if (!sectorText.isEmpty()) {
            Object found = context.sector(sectorText);
            if (found instanceof Failure f) {
                error(row, ImportColumn.SECTOR, f.key(), f.args());
            } else {
                SectorRef sector = (SectorRef) found;
                if (sector.retired()) {
                    error(row, ImportColumn.SECTOR, "project.sector.retired", sector.code());
                }
                sectorId = sector.id();
            }
        }
        checkPartner(row, group);

        var organisations = new Organisations();
        Long leadQuebec = organisations.one(row, ImportColumn.LEAD_QUEBEC, ImportContext.QUEBEC_COUNTRY,
                old == null ? null : old.leadOrgQuebecId());
        Long leadPartner = organisations.one(row, ImportColumn.LEAD_PARTNER, group.countryCode(),
                old == null ? null : old.leadOrgPartnerId());
        Set<Long> partnerIds = organisations.many(row, group.countryCode(), old == null ? Set.of() : old.partnerIds());

        LocalDate start = date(row, ImportColumn.START_DATE, old == null ? null : old.startDate());
        LocalDate end = date(row, ImportColumn.END_DATE, old == null ? null : old.endDate());
        BigDecimal budget = old == null ? null : old.budget();
        String budgetText = text(row, ImportColumn.BUDGET);
        if (!budgetText.isEmpty()) {
            Optional<BigDecimal> amount = CellValues.amount(budgetText);
            if (amount.isEmpty()) {
                error(row, ImportColumn.BUDGET, "exchange.import.number.invalid", budgetText);
            } else {
                budget = amount.get().scale() < 2 ? amount.get().setScale(2) : amount.get();
            }
        }
        ProjectStatus status = constant(row, ImportColumn.STATUS, statuses, old == null ? ProjectStatus.PIPELINE : old.status(),
                "exchange.import.status.unknown", ProjectStatus.values(), s -> "project.status." + s.name());
        ProjectHealth health = constant(row, ImportColumn.HEALTH, healths, old == null ? ProjectHealth.ON_TRACK : old.health(),
                "exchange.import.health.unknown", ProjectHealth.values(), h -> "project.health." + h.name());
        Set<Theme> themeSet = themes(row, old == null ? Set.of() : old.themes());
        String description = or(text(row, ImportColumn.DESCRIPTION), old == null ? null : old.description());
        Set<String> regionCodes = regions(row, old == null ? Set.of() : old.regionCodes());

        if (old == null) {
            for (ImportColumn column : List.of(ImportColumn.TITLE_FR, ImportColumn.TITLE_EN, ImportColumn.SECTOR)) {
                if (text(row, column).isEmpty() && !hasError(row, column, before)) {
                    error(row, column, "exchange.import.required-for-new");
                }
            }
        }
        if (start != null && end != null && end.isBefore(start)) {
            error(row, ImportColumn.END_DATE, "validation.dates.order");
        }
        if (snapshot != null && snapshot.detail().budgetFromFunding() && budget != null
                && (old.budget() == null || budget.compareTo(old.budget()) != 0)) {
            error(row, ImportColumn.BUDGET, "project.budget.from-funding");
        }
        if (snapshot != null && snapshot.statusFromUpdates() && (status != old.status() || health != old.health())) {
            error(row, status != old.status() ? ImportColumn.STATUS : ImportColumn.HEALTH, "project.status.from-updates");
        }
        var draft = new ProjectDraft(code, titleFr, titleEn, sectorId, leadQuebec, leadPartner, partnerIds, start, end,
                budget, status, health, themeSet, description, old == null ? null : old.carriedOverFromId(), regionCodes);
        if (errors.size() == before) {
            for (ConstraintViolation<ProjectDraft> violation : validator.validate(draft)) {
                ImportColumn column = columnOf(violation.getPropertyPath().toString());
                error(row, column, ProjectImportService.violationKey(violation));
            }
        }
        if (errors.size() != before) {
            return;
        }
        organisations.register(row);
        List<FieldChange> changes = changes(old, draft, organisations);
        ImportAction action = old == null ? ImportAction.CREATE : changes.isEmpty() ? ImportAction.UNCHANGED
                : ImportAction.UPDATE;
        Long projectId = snapshot == null ? null : snapshot.detail().row().id();
        var preview = new PreviewRow(row.number(), action, code, program.label(), projectId, changes);
        switch (action) {
            case CREATE -> creates.add(preview);
            case UPDATE -> updates.add(preview);
            case UNCHANGED -> unchanged.add(preview);
        }
        if (action != ImportAction.UNCHANGED) {
            plan.add(new PlannedProject(row.number(), projectId,
                    snapshot == null ? 0 : snapshot.detail().row().version(), program.id(), draft,
                    organisations.newQuebec, organisations.newPartner, List.copyOf(organisations.newOthers)));
        }
    }

    /** The partner column only checks: a project's partner is its programme's working group's partner. */
    private void checkPartner(SheetRow row, WorkingGroupSummary group) {
        String value = text(row, ImportColumn.PARTNER);
        if (value.isEmpty()) {
            return;
        }
        for (String name : CellValues.list(value, true)) {
            String normalised = CellValues.normalise(name);
            boolean jurisdiction = normalised.equals(CellValues.normalise(group.jurisdictionNameFr()))
                    || normalised.equals(CellValues.normalise(group.jurisdictionNameEn()));
            if (jurisdiction) {
                continue;
            }
            Optional<CountryRef> country = context.country(name);
            if (country.isEmpty()) {
                error(row, ImportColumn.PARTNER, "exchange.import.country.unknown", name);
            } else if (!country.get().code().equals(group.countryCode())) {
                error(row, ImportColumn.PARTNER, "exchange.import.partner.other", name, group.jurisdictionName(locale),
                        group.acronym());
            }
        }
    }

    /** The organisations of one row: found ones by id, the others proposed by name. */
    private final class Organisations {
        String newQuebec;
        String newPartner;
        final List<String> newOthers = new ArrayList<>();
        final Map<String, String> proposedNames = new HashMap<>();
        final Map<String, String> proposedCountries = new HashMap<>();

        Long one(SheetRow row, ImportColumn column, String countryCode, Long current) {
            String name = text(row, column);
            if (name.isEmpty()) {
                return current;
            }
            OrganisationMatch match = context.organisation(name, countryCode);
            if (match.failure() != null) {
                error(row, column, match.failure().key(), match.failure().args());
                return current;
            }
            if (match.id() != null) {
                return match.id();
            }
            String ref = propose(match);
            if (column == ImportColumn.LEAD_QUEBEC) {
                newQuebec = ref;
            } else {
                newPartner = ref;
            }
            return null;
        }

        Set<Long> many(SheetRow row, String countryCode, Set<Long> current) {
            String value = text(row, ImportColumn.OTHER_PARTNERS);
            if (value.isEmpty()) {
                return current;
            }
            Set<Long> ids = new LinkedHashSet<>();
            for (String name : CellValues.list(value, false)) {
                OrganisationMatch match = context.organisation(name, countryCode);
                if (match.failure() != null) {
                    error(row, ImportColumn.OTHER_PARTNERS, match.failure().key(), match.failure().args());
                } else if (match.id() != null) {
                    ids.add(match.id());
                } else {
                    newOthers.add(propose(match));
                }
            }
            return ids;
        }

        private String propose(OrganisationMatch match) {
            String ref = organisationRef(match.name(), match.countryCode());
            proposedNames.put(ref, match.name());
            proposedCountries.put(ref, match.countryCode());
            return ref;
        }

        void register(SheetRow row) {
            proposedNames.forEach((ref, name) -> newOrganisations
                    .computeIfAbsent(ref, k -> new NewOrganisationBuilder(name, proposedCountries.get(ref)))
                    .rows.add(row.number()));
        }

        String name(Long id, String newRef) {
            return newRef != null ? proposedNames.get(newRef) : context.organisationName(id);
        }
    }

    private List<FieldChange> changes(ProjectDraft old, ProjectDraft draft, Organisations organisations) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, ImportColumn.CODE, old == null ? null : old.code(), draft.code());
        compare(changes, ImportColumn.TITLE_FR, old == null ? null : old.titleFr(), draft.titleFr());
        compare(changes, ImportColumn.TITLE_EN, old == null ? null : old.titleEn(), draft.titleEn());
        compare(changes, ImportColumn.SECTOR, old == null ? null : sectorLabel(old.sectorId()), sectorLabel(draft.sectorId()));
        compare(changes, ImportColumn.LEAD_QUEBEC, old == null ? null : context.organisationName(old.leadOrgQuebecId()),
                organisations.name(draft.leadOrgQuebecId(), organisations.newQuebec));
        compare(changes, ImportColumn.LEAD_PARTNER, old == null ? null : context.organisationName(old.leadOrgPartnerId()),
                organisations.name(draft.leadOrgPartnerId(), organisations.newPartner));
        List<String> newOthers = new ArrayList<>(draft.partnerIds().stream().map(context::organisationName).toList());
        organisations.newOthers.forEach(ref -> newOthers.add(organisations.proposedNames.get(ref)));
        compare(changes, ImportColumn.OTHER_PARTNERS, old == null ? null : joined(old.partnerIds().stream()
                .map(context::organisationName).toList()), joined(newOthers));
        compare(changes, ImportColumn.START_DATE, old == null ? null : str(old.startDate()), str(draft.startDate()));
        compare(changes, ImportColumn.END_DATE, old == null ? null : str(old.endDate()), str(draft.endDate()));
        compare(changes, ImportColumn.BUDGET, old == null || old.budget() == null ? null : old.budget().setScale(2).toPlainString(),
                draft.budget() == null ? null : draft.budget().toPlainString());
        compare(changes, ImportColumn.STATUS, old == null ? null : label("project.status." + old.status().name()),
                label("project.status." + draft.status().name()));
        compare(changes, ImportColumn.HEALTH, old == null ? null : label("project.health." + old.health().name()),
                label("project.health." + draft.health().name()));
        compare(changes, ImportColumn.THEMES, old == null ? null : themeLabels(old.themes()), themeLabels(draft.themes()));
        compare(changes, ImportColumn.DESCRIPTION, old == null ? null : old.description(), draft.description());
        compare(changes, ImportColumn.REGIONS, old == null ? null : regionLabels(old.regionCodes()),
                regionLabels(draft.regionCodes()));
        return changes;
    }

    private static void compare(List<FieldChange> changes, ImportColumn column, String before, String after) {
        String a = before == null || before.isEmpty() ? null : before;
        String b = after == null || after.isEmpty() ? null : after;
        if (!Objects.equals(a, b)) {
            changes.add(new FieldChange(column, a, b));
        }
    }

    private String sectorLabel(Long id) {
        SectorRef sector = id == null ? null : context.sector(id);
        return sector == null ? null : sector.code() + " — " + sector.name(locale);
    }

    private String themeLabels(Set<Theme> set) {
        return joined(set.stream().sorted().map(t -> label("theme." + t.name())).toList());
    }

    private String regionLabels(Set<String> codes) {
        return joined(codes.stream().map(context::regionLabel).toList());
    }

    private static String joined(List<String> names) {
        return names.isEmpty() ? null : names.stream().sorted().collect(Collectors.joining("; "));
    }

    private static String str(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private String label(String key) {
        return texts.text(key, null, locale);
    }

    private LocalDate date(SheetRow row, ImportColumn column, LocalDate current) {
        String value = text(row, column);
        if (value.isEmpty()) {
            return current;
        }
        Optional<LocalDate> date = CellValues.date(value);
        if (date.isEmpty()) {
            error(row, column, "exchange.import.date.invalid", value);
            return current;
        }
        return date.get();
    }

    private <E extends Enum<E>> E constant(SheetRow row, ImportColumn column, Map<String, E> names, E current,
                                            String errorKey, E[] values, java.util.function.Function<E, String> key) {
        String value = text(row, column);
        if (value.isEmpty()) {
            return current;
        }
        E found = names.get(CellValues.normalise(value));
        if (found == null) {
            error(row, column, errorKey, value, Arrays.stream(values).map(v -> label(key.apply(v)))
                    .collect(Collectors.joining(", ")));
            return current;
        }
        return found;
    }

    private Set<Theme> themes(SheetRow row, Set<Theme> current) {
        String value = text(row, ImportColumn.THEMES);
        if (value.isEmpty()) {
            return current;
        }
        Set<Theme> set = EnumSet.noneOf(Theme.class);
        for (String name : CellValues.list(value, true)) {
            Theme theme = themes.get(CellValues.normalise(name));
            if (theme == null) {
                error(row, ImportColumn.THEMES, "exchange.import.theme.unknown", name, Arrays.stream(Theme.values())
                        .map(t -> label("theme." + t.name())).collect(Collectors.joining(", ")));
            } else {
                set.add(theme);
            }
        }
        return set;
    }

    /** Regions by code or name, separated by semicolons; an empty cell keeps the stored ones. */
    private Set<String> regions(SheetRow row, Set<String> current) {
        String value = text(row, ImportColumn.REGIONS);
        if (value.isEmpty()) {
            return current;
        }
        Set<String> codes = new java.util.TreeSet<>();
        for (String name : CellValues.list(value, true)) {
            var region = context.region(name);
            if (region.isEmpty()) {
                error(row, ImportColumn.REGIONS, "exchange.import.region.unknown", name);
            } else {
                codes.add(region.get().code());
            }
        }
        return codes;
    }

    private void formulas(SheetRow row) {
        for (Map.Entry<ImportColumn, Integer> entry : columns.entrySet()) {
            if (row.cell(entry.getValue()).formula()) {
                error(row, entry.getKey(), "exchange.import.cell.formula");
            }
        }
    }

    private String text(SheetRow row, ImportColumn column) {
        Integer index = columns.get(column);
        if (index == null) {
            return "";
        }
        SheetCell cell = row.cell(index);
        return cell.formula() ? "" : cell.text();
    }

    private static String or(String value, String current) {
        return value.isEmpty() ? current : value;
    }

    private boolean hasError(SheetRow row, ImportColumn column, int from) {
        return errors.subList(from, errors.size()).stream().anyMatch(e -> e.row() == row.number() && e.column() == column);
    }

    private static ImportColumn columnOf(String property) {
        return switch (property) {
            case "code" -> ImportColumn.CODE;
            case "titleFr" -> ImportColumn.TITLE_FR;
            case "titleEn" -> ImportColumn.TITLE_EN;
            case "sectorId" -> ImportColumn.SECTOR;
            case "budget" -> ImportColumn.BUDGET;
            case "status" -> ImportColumn.STATUS;
            case "health" -> ImportColumn.HEALTH;
            case "description" -> ImportColumn.DESCRIPTION;
            default -> null;
        };
    }

    private void error(SheetRow row, ImportColumn column, String key, Object... args) {
        List<String> arguments = Arrays.stream(args).map(String::valueOf).toList();
        errors.add(new RowError(row.number(), column, key, arguments, texts.text(key, arguments.toArray(), locale)));
    }
}
