package org.coopera.reference;

import org.coopera.base.SearchText;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.coopera.base.BusinessException;
import org.coopera.base.HistoryEntry;
import org.coopera.base.HistoryService;
import org.coopera.reference.ReferenceDrafts.JurisdictionDraft;
import org.coopera.reference.ReferenceDrafts.OrganisationDraft;
import org.coopera.reference.ReferenceDrafts.PersonDraft;
import org.coopera.security.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Partner jurisdictions, organisations and people. Everyone reads them; managers and
 * administrators add and correct them.
 */
@Service
@Validated
public class PartnerService {

    private final JurisdictionRepository jurisdictions;
    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final CountryRepository countries;
    private final HistoryService history;
    private final ReferenceUsage usage;

    PartnerService(JurisdictionRepository jurisdictions, OrganisationRepository organisations, PersonRepository people,
                   CountryRepository countries, HistoryService history, ReferenceUsage usage) {
        this.jurisdictions = jurisdictions;
        this.organisations = organisations;
        this.people = people;
        this.countries = countries;
        this.history = history;
        this.usage = usage;
    }

    // ---- jurisdictions --------------------------------------------------------------------

    @PermitAll
    @Transactional(readOnly = true)
    public List<JurisdictionRef> findJurisdictions(String filter, Pageable page) {
        return jurisdictions.search(trim(SearchText.check(filter)), page).stream().map(Jurisdiction::toRef).toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long countJurisdictions(String filter) {
        return jurisdictions.countSearch(trim(SearchText.check(filter)));
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<JurisdictionRef> jurisdiction(long id) {
        return jurisdictions.findWithCountry(id).map(Jurisdiction::toRef);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public JurisdictionRef createJurisdiction(@Valid JurisdictionDraft draft) {
        Country country = country(draft.countryCode());
        String subdivision = checkJurisdiction(draft, null);
        return jurisdictions.saveAndFlush(new Jurisdiction(country, draft.kind(), subdivision, draft.nameFr().trim(),
                draft.nameEn().trim())).toRef();
    }

    /** Corrects a jurisdiction; refused when someone else saved it since {@code expectedVersion}. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public JurisdictionRef updateJurisdiction(long id, long expectedVersion, @Valid JurisdictionDraft draft) {
        Jurisdiction jurisdiction = jurisdictions.findWithCountry(id)
                .orElseThrow(() -> new BusinessException("record.not-found"));
        checkVersion(jurisdiction.getVersion(), expectedVersion, Jurisdiction.class, id);
        Country country = country(draft.countryCode());
        String subdivision = checkJurisdiction(draft, id);
        jurisdiction.update(country, draft.kind(), subdivision, draft.nameFr().trim(), draft.nameEn().trim());
        return jurisdictions.saveAndFlush(jurisdiction).toRef();
    }

    /** Deletes a jurisdiction no working group has as partner (else refused, naming the working groups). */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public void deleteJurisdiction(long id, long expectedVersion) {
        Jurisdiction jurisdiction = jurisdictions.findWithCountry(id)
                .orElseThrow(() -> new BusinessException("record.not-found"));
        checkVersion(jurisdiction.getVersion(), expectedVersion, Jurisdiction.class, id);
        List<String> groups = usage.workingGroupsWithPartner(id);
        if (!groups.isEmpty()) {
            throw new BusinessException("registry.jurisdiction.in-use", jurisdiction.label(),
                    String.join(", ", groups));
        }
        try {
            jurisdictions.delete(jurisdiction);
            jurisdictions.flush();
        } catch (DataIntegrityViolationException e) {
            // another record (of a feature added later) still points at it; the transaction rolls back
            throw new BusinessException("registry.record.in-use", jurisdiction.label());
        }
    }

    /** Checks the rules a jurisdiction obeys (the other ones than {@code id}); returns the subdivision code. */
    private String checkJurisdiction(JurisdictionDraft draft, Long id) {
        String countryCode = draft.countryCode().trim().toUpperCase();
        String nameFr = draft.nameFr().trim();
        if (draft.kind() == JurisdictionKind.COUNTRY && (id == null
                ? jurisdictions.existsByCountryCodeAndKind(countryCode, JurisdictionKind.COUNTRY)
                : jurisdictions.existsByCountryCodeAndKindAndIdNot(countryCode, JurisdictionKind.COUNTRY, id))) {
            throw new BusinessException("jurisdiction.country.exists", countryCode);
        }
        if (id == null ? jurisdictions.existsByCountryCodeAndNameFr(countryCode, nameFr)
                : jurisdictions.existsByCountryCodeAndNameFrAndIdNot(countryCode, nameFr, id)) {
            throw new BusinessException("jurisdiction.name.exists", nameFr);
        }
        String subdivision = blankToNull(draft.subdivisionCode());
        if (subdivision != null && !subdivision.startsWith(countryCode + "-")) {
            throw new BusinessException("jurisdiction.subdivision.other-country", subdivision, countryCode);
        }
        return subdivision;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<HistoryEntry> jurisdictionHistory(long id) {
        return history.historyOf(Jurisdiction.class, id);
    }

    // ---- organisations --------------------------------------------------------------------

    /** A page of organisations whose name contains (or acronym equals) the filter, optionally in one country. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<OrganisationRef> findOrganisations(String filter, String countryCode, Pageable page) {
        return organisations.search(trim(SearchText.check(filter)), trim(countryCode), page).stream().map(Organisation::toRef).toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long countOrganisations(String filter, String countryCode) {
        return organisations.countSearch(trim(SearchText.check(filter)), trim(countryCode));
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<OrganisationRef> organisation(long id) {
        return organisations.findWithCountry(id).map(Organisation::toRef);
    }

    /** The organisation meant by an exact name or acronym (in a country, if given); empty when none or several. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<OrganisationRef> resolveOrganisation(String nameOrAcronym, String countryCode) {
        if (nameOrAcronym == null || nameOrAcronym.isBlank()) {
            return Optional.empty();
        }
        List<Organisation> matches = organisations.findExact(nameOrAcronym.trim(), trim(countryCode));
        return matches.size() == 1 ? Optional.of(matches.getFirst().toRef()) : Optional.empty();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public OrganisationRef createOrganisation(@Valid OrganisationDraft draft) {
        if (resolveOrganisation(draft.name(), draft.countryCode()).isPresent()) {
            throw new BusinessException("organisation.exists", draft.name().trim());
        }
        return organisations.saveAndFlush(new Organisation(draft.name().trim(), blankToNull(draft.acronym()),
                country(draft.countryCode()), draft.type())).toRef();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public OrganisationRef updateOrganisation(long id, long expectedVersion, @Valid OrganisationDraft draft) {
        Organisation organisation = organisations.findWithCountry(id)
                .orElseThrow(() -> new BusinessException("record.not-found"));
        if (organisation.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Organisation.class, id);
        }
        organisation.update(draft.name().trim(), blankToNull(draft.acronym()), country(draft.countryCode()),
                draft.type());
        return organisations.saveAndFlush(organisation).toRef();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<HistoryEntry> organisationHistory(long id) {
        return history.historyOf(Organisation.class, id);
    }

    // ---- people ---------------------------------------------------------------------------

    @PermitAll
    @Transactional(readOnly = true)
    public List<PersonRef> findPeople(String filter, Pageable page) {
        return people.search(trim(SearchText.check(filter)), page).stream().map(Person::toRef).toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long countPeople(String filter) {
        return people.countSearch(trim(SearchText.check(filter)));
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<PersonRef> person(long id) {
        return people.findWithOrganisation(id).map(Person::toRef);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public PersonRef createPerson(@Valid PersonDraft draft) {
        Organisation organisation = draft.organisationId() == null ? null
                : organisations.findWithCountry(draft.organisationId())
                        .orElseThrow(() -> new BusinessException("record.not-found"));
        return people.saveAndFlush(new Person(draft.fullName().trim(), blankToNull(draft.title()), organisation))
                .toRef();
    }

    /** Corrects a person; refused when someone else saved it since {@code expectedVersion}. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public PersonRef updatePerson(long id, long expectedVersion, @Valid PersonDraft draft) {
        Person person = people.findWithOrganisation(id).orElseThrow(() -> new BusinessException("record.not-found"));
        checkVersion(person.getVersion(), expectedVersion, Person.class, id);
        Organisation organisation = draft.organisationId() == null ? null
                : organisations.findWithCountry(draft.organisationId())
                        .orElseThrow(() -> new BusinessException("record.not-found"));
        person.update(draft.fullName().trim(), blankToNull(draft.title()), organisation);
        return people.saveAndFlush(person).toRef();
    }

    /** Deletes a person who co-chairs no working group (else refused, naming the working groups). */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public void deletePerson(long id, long expectedVersion) {
        Person person = people.findWithOrganisation(id).orElseThrow(() -> new BusinessException("record.not-found"));
        checkVersion(person.getVersion(), expectedVersion, Person.class, id);
        List<String> groups = usage.coChairedWorkingGroups(id);
        if (!groups.isEmpty()) {
            throw new BusinessException("registry.person.in-use", person.label(), String.join(", ", groups));
        }
        try {
            people.delete(person);
            people.flush();
        } catch (DataIntegrityViolationException e) {
            // another record (of a feature added later) still points at him or her; the transaction rolls back
            throw new BusinessException("registry.record.in-use", person.label());
        }
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<HistoryEntry> personHistory(long id) {
        return history.historyOf(Person.class, id);
    }

    private Country country(String code) {
        return countries.findById(code.trim().toUpperCase())
                .orElseThrow(() -> new BusinessException("country.unknown", code));
    }

    private static void checkVersion(long actual, long expected, Class<?> type, long id) {
        if (actual != expected) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
