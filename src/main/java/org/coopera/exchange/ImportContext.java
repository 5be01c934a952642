package org.coopera.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopera.program.ProgramService;
import org.coopera.program.ProjectBatchService;
import org.coopera.program.ProjectService;
import org.coopera.reference.CountryRef;
import org.coopera.reference.CountryService;
import org.coopera.reference.OrganisationRef;
import org.coopera.reference.PartnerService;
import org.coopera.reference.QuebecRegion;
import org.coopera.reference.QuebecRegionService;
import org.coopera.reference.SectorRef;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;

/**
 * What one preview looks up, each distinct value once: programmes by label, sectors (read whole),
 * countries, organisations by name. Lives for one preview.
 */
final class ImportContext {

    private static final Pattern PROGRAM_LABEL = Pattern.compile("(.+?)\\s+(\\d{4})\\s*[-–/]\\s*(\\d{4})");
    static final String QUEBEC_COUNTRY = "CA";

    /** A programme a file names, its working group's partner, and whether the user may edit its projects. */
    record ProgramInfo(long id, String label, WorkingGroupSummary workingGroup, boolean mayEdit) {
    }

    /** A lookup that failed: the message key and its arguments. */
    record Failure(String key, Object... args) {
    }

    /** An organisation found ({@code id}), or to be proposed ({@code id} null), or a failure. */
    record OrganisationMatch(Long id, String name, String countryCode, Failure failure) {
    }

    private final ProjectBatchService batch;
    private final ProgramService programService;
    private final ProjectService projects;
    private final WorkingGroupService workingGroups;
    private final CountryService countries;
    private final PartnerService partners;
    private final QuebecRegionService regions;
    private final Map<String, List<SectorRef>> sectorsByName = new HashMap<>();
    private final Map<Long, SectorRef> sectorsById = new HashMap<>();
    private final Map<String, Object> programs = new HashMap<>();
    private final Map<String, Optional<CountryRef>> countryCache = new HashMap<>();
    private final Map<String, OrganisationMatch> organisationCache = new HashMap<>();
    private final Map<Long, String> organisationNames = new HashMap<>();
    private final Map<Long, WorkingGroupSummary> groups = new HashMap<>();
    private final Map<Long, Boolean> mayEdit = new HashMap<>();
    final boolean mayCreateOrganisations;
    final Locale locale;

    ImportContext(ProjectBatchService batch, ProgramService programService, ProjectService projects, WorkingGroupService workingGroups,
                  CountryService countries, PartnerService partners, QuebecRegionService regions,
                  List<SectorRef> sectors, boolean mayCreateOrganisations, Locale locale) {
        this.regions = regions;
        this.batch = batch;
        this.programService = programService;
        this.projects = projects;
        this.workingGroups = workingGroups;
        this.countries = countries;
        this.partners = partners;
        this.mayCreateOrganisations = mayCreateOrganisations;
        this.locale = locale;
        for (SectorRef sector : sectors) {
            sectorsById.put(sector.id(), sector);
            for (String name : new String[] {sector.code(), sector.nameFr(), sector.nameEn()}) {
                List<SectorRef> list = sectorsByName.computeIfAbsent(CellValues.normalise(name), k -> new ArrayList<>());
                if (!list.contains(sector)) {
                    list.add(sector);
                }
            }
        }
    }

    /** "GTQM 2013-2015" → the programme, or the reason it is not one. */
    Object program(String label) {
        return programs.computeIfAbsent(label.strip().toUpperCase(Locale.ROOT), key -> {
            Matcher m = PROGRAM_LABEL.matcher(key);
            if (!m.matches()) {
                return new Failure("exchange.import.program.format", label);
            }
            int start = Integer.parseInt(m.group(2));
            int end = Integer.parseInt(m.group(3));
            Optional<Long> id = batch.programId(m.group(1).strip(), start);
            if (id.isEmpty()) {
                return new Failure("exchange.import.program.unknown", label);
            }
            var summary = programService.get(id.get());
            if (summary.isEmpty() || summary.get().endYear() != end) {
                return new Failure("exchange.import.program.unknown", label);
            }
            WorkingGroupSummary group = groups.computeIfAbsent(summary.get().workingGroupId(),
                    wg -> workingGroups.get(wg).orElseThrow());
            boolean editable = mayEdit.computeIfAbsent(group.id(), projects::mayEdit);
            return new ProgramInfo(id.get(), summary.get().workingGroupAcronym() + " " + summary.get().period(), group,
                    editable);
        });
    }

    /** A sector by code or French or English name; a failure when unknown or several match. */
    Object sector(String text) {
        List<SectorRef> matches = sectorsByName.getOrDefault(CellValues.normalise(text), List.of());
        if (matches.isEmpty()) {
            return new Failure("exchange.import.sector.unknown", text);
        }
        if (matches.size() > 1) {
            return new Failure("exchange.import.sector.ambiguous", text);
        }
        return matches.getFirst();
    }

    SectorRef sector(long id) {
        return sectorsById.get(id);
    }

    Optional<CountryRef> country(String text) {
        return countryCache.computeIfAbsent(CellValues.normalise(text), k -> countries.resolve(text));
    }

    /**
     * The organisation a cell names, on one side: found by its exact name or acronym (in the side's
     * country when several share it), otherwise proposed for creation in that country when the user
     * may create organisations.
     */
    OrganisationMatch organisation(String name, String countryCode) {
        return organisationCache.computeIfAbsent(CellValues.normalise(name) + "@" + countryCode, key -> {
            if (name.length() > 255) {
                return new OrganisationMatch(null, name, countryCode, new Failure("exchange.import.organisation.too-long"));
            }
            Optional<OrganisationRef> found = partners.resolveOrganisation(name, null)
                    .or(() -> partners.resolveOrganisation(name, countryCode));
            if (found.isPresent()) {
                organisationNames.put(found.get().id(), found.get().name());
                return new OrganisationMatch(found.get().id(), found.get().name(), found.get().countryCode(), null);
            }
            if (!mayCreateOrganisations) {
                return new OrganisationMatch(null, name, countryCode,
                        new Failure("exchange.import.organisation.unknown", name));
            }
            return new OrganisationMatch(null, name, countryCode, null);
        });
    }

    /** The name of a stored organisation, for the preview. */
    String organisationName(Long id) {
        if (id == null) {
            return null;
        }
        return organisationNames.computeIfAbsent(id, k -> partners.organisation(k).map(OrganisationRef::name)
                .orElse("#" + k));
    }

    /** The Québec region a cell names by its code ("06", "6") or its name in French or English. */
    Optional<QuebecRegion> region(String codeOrName) {
        return regions.resolve(codeOrName);
    }

    String regionLabel(String code) {
        return regions.byCode(code).map(r -> r.label(locale)).orElse(code);
    }
}
