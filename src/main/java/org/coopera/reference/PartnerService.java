package org.coopera.reference;

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

    PartnerService(JurisdictionRepository jurisdictions, OrganisationRepository organisations, PersonRepository people,
                   CountryRepository countries, HistoryService history) {
        this.jurisdictions = jurisdictions;
        this.organisations = organisations;
        this.people = people;
        this.countries = countries;
        this.history = history;
    }

    // ---- jurisdictions --------------------------------------------------------------------

    @PermitAll
    @Transactional(readOnly = true)
    public List<JurisdictionRef> findJurisdictions(String filter, Pageable page) {
        return jurisdictions.search(trim(filter), page).stream().map(Jurisdiction::toRef).toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long countJurisdictions(String filter) {
        return jurisdictions.countSearch(trim(filter));
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
        if (draft.kind() == JurisdictionKind.COUNTRY
                && jurisdictions.existsByCountryCodeAndKind(draft.countryCode(), JurisdictionKind.COUNTRY)) {
            throw new BusinessException("jurisdiction.country.exists", draft.countryCode());
        }
        if (jurisdictions.existsByCountryCodeAndNameFr(draft.countryCode(), draft.nameFr().trim())) {
            throw new BusinessException("jurisdiction.name.exists", draft.nameFr().trim());
        }
        String subdivision = blankToNull(draft.subdivisionCode());
        if (subdivision != null && !subdivision.startsWith(draft.countryCode() + "-")) {
            throw new BusinessException("jurisdiction.subdivision.other-country", subdivision, draft.countryCode());
        }
        return jurisdictions.saveAndFlush(new Jurisdiction(country, draft.kind(), subdivision, draft.nameFr().trim(),
                draft.nameEn().trim())).toRef();
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
        return organisations.search(trim(filter), trim(countryCode), page).stream().map(Organisation::toRef).toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long countOrganisations(String filter, String countryCode) {
        return organisations.countSearch(trim(filter), trim(countryCode));
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
        return people.search(trim(filter), page).stream().map(Person::toRef).toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long countPeople(String filter) {
        return people.countSearch(trim(filter));
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

    @PermitAll
    @Transactional(readOnly = true)
    public List<HistoryEntry> personHistory(long id) {
        return history.historyOf(Person.class, id);
    }

    private Country country(String code) {
        return countries.findById(code.trim().toUpperCase())
                .orElseThrow(() -> new BusinessException("country.unknown", code));
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
