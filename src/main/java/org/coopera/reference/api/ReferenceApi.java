package org.coopera.reference.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.coopera.base.api.ApiPage;
import org.coopera.base.api.ApiPaging;
import org.coopera.base.api.ApiProblemException;
import org.coopera.base.api.ApiVersions;
import org.coopera.reference.CountryRef;
import org.coopera.reference.QuebecRegion;
import org.coopera.reference.QuebecRegionService;
import org.coopera.reference.CountryService;
import org.coopera.reference.JurisdictionRef;
import org.coopera.reference.OrganisationRef;
import org.coopera.reference.PartnerService;
import org.coopera.reference.PersonRef;
import org.coopera.reference.ReferenceDrafts.JurisdictionDraft;
import org.coopera.reference.ReferenceDrafts.OrganisationDraft;
import org.coopera.reference.ReferenceDrafts.PersonDraft;
import org.coopera.reference.SectorRef;
import org.coopera.reference.SectorService;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reference data: sectors (read; create and change: administrators), countries and Québec regions (read), and
 * partner jurisdictions, organisations and people (read; create and change: managers,
 * administrators).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "reference data")
class ReferenceApi {

    private final SectorService sectors;
    private final CountryService countries;
    private final QuebecRegionService regions;
    private final PartnerService partners;

    ReferenceApi(SectorService sectors, CountryService countries, PartnerService partners,
                 QuebecRegionService regions) {
        this.regions = regions;
        this.sectors = sectors;
        this.countries = countries;
        this.partners = partners;
    }

    @GetMapping("/sectors")
    @Operation(summary = "Every sector: the axes and their sub-sectors (parentId), retired ones included")
    List<SectorRef> sectors() {
        return sectors.all();
    }

    @GetMapping("/sectors/{id}")
    ResponseEntity<SectorRef> sector(@PathVariable long id) {
        SectorRef sector = sectors.get(id).orElseThrow(ApiProblemException::notFound);
        return ResponseEntity.ok().eTag(ApiVersions.etag(sector.version())).body(sector);
    }

    @PostMapping("/sectors")
    @Operation(summary = "Add an axis (no parentCode) or a sub-sector of an axis (administrators)",
            description = "code: unique; dacCode: the OECD DAC 5-digit purpose code, optional")
    ResponseEntity<SectorRef> createSector(@RequestBody NewSector body) {
        SectorRef sector = sectors.create(body.parentCode(), body.code(), body.nameFr(), body.nameEn(), body.dacCode());
        return ResponseEntity.created(URI.create("/api/v1/sectors/" + sector.id()))
                .eTag(ApiVersions.etag(sector.version())).body(sector);
    }

    @PutMapping("/sectors/{id}")
    @Operation(summary = "Rename a sector, set its DAC code, retire or reinstate it (administrators); "
            + "If-Match: the ETag read with GET", description = "The code and the axis cannot change")
    ResponseEntity<SectorRef> updateSector(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody SectorChange body) {
        long version = ApiVersions.expectedVersion(ifMatch);
        sectors.get(id).orElseThrow(ApiProblemException::notFound);
        SectorRef sector = sectors.update(id, version, body.nameFr(), body.nameEn(), body.dacCode(), body.retired());
        return ResponseEntity.ok().eTag(ApiVersions.etag(sector.version())).body(sector);
    }

    @GetMapping("/quebec-regions")
    @Operation(summary = "The 17 administrative regions of Québec, by official code (01 to 17), "
            + "as projects' regionCodes name them")
    List<QuebecRegion> quebecRegions() {
        return regions.all();
    }

    @GetMapping("/countries")
    @Operation(summary = "A page of ISO 3166-1 countries", description = "q: part of the code or of a name")
    ApiPage<CountryRef> countries(@RequestParam(required = false) String q,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        ApiPaging paging = ApiPaging.of(page, size);
        return ApiPage.of(countries.find(q, PageRequest.of(paging.page(), paging.size())), paging, countries.count(q));
    }

    @GetMapping("/countries/{code}")
    CountryRef country(@PathVariable String code) {
        return countries.byCode(code).orElseThrow(ApiProblemException::notFound);
    }

    @GetMapping("/organisations")
    @Operation(summary = "A page of organisations", description = "q: part of the name or acronym; country: ISO code")
    ApiPage<OrganisationRef> organisations(@RequestParam(required = false) String q,
                                           @RequestParam(required = false) String country,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        ApiPaging paging = ApiPaging.of(page, size);
        return ApiPage.of(partners.findOrganisations(q, country, PageRequest.of(paging.page(), paging.size())), paging,
                partners.countOrganisations(q, country));
    }

    @GetMapping("/organisations/{id}")
    ResponseEntity<OrganisationRef> organisation(@PathVariable long id) {
        OrganisationRef organisation = partners.organisation(id).orElseThrow(ApiProblemException::notFound);
        return ResponseEntity.ok().eTag(ApiVersions.etag(organisation.version())).body(organisation);
    }

    @PostMapping("/organisations")
    @Operation(summary = "Create an organisation (managers, administrators)")
    ResponseEntity<OrganisationRef> createOrganisation(@RequestBody OrganisationDraft body) {
        OrganisationRef organisation = partners.createOrganisation(body);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + organisation.id()))
                .eTag(ApiVersions.etag(organisation.version())).body(organisation);
    }

    @PutMapping("/organisations/{id}")
    @Operation(summary = "Change an organisation (managers, administrators); If-Match: the ETag read with GET")
    ResponseEntity<OrganisationRef> updateOrganisation(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody OrganisationDraft body) {
        long version = ApiVersions.expectedVersion(ifMatch);
        partners.organisation(id).orElseThrow(ApiProblemException::notFound);
        OrganisationRef organisation = partners.updateOrganisation(id, version, body);
        return ResponseEntity.ok().eTag(ApiVersions.etag(organisation.version())).body(organisation);
    }

    @GetMapping("/jurisdictions")
    @Operation(summary = "A page of partner jurisdictions (countries and federated states)",
            description = "q: part of a name or of the codes")
    ApiPage<JurisdictionRef> jurisdictions(@RequestParam(required = false) String q,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        ApiPaging paging = ApiPaging.of(page, size);
        return ApiPage.of(partners.findJurisdictions(q, PageRequest.of(paging.page(), paging.size())), paging,
                partners.countJurisdictions(q));
    }

    @GetMapping("/jurisdictions/{id}")
    ResponseEntity<JurisdictionRef> jurisdiction(@PathVariable long id) {
        JurisdictionRef jurisdiction = partners.jurisdiction(id).orElseThrow(ApiProblemException::notFound);
        return ResponseEntity.ok().eTag(ApiVersions.etag(jurisdiction.version())).body(jurisdiction);
    }

    @PostMapping("/jurisdictions")
    @Operation(summary = "Add a partner jurisdiction (managers, administrators)",
            description = "kind: COUNTRY or FEDERATED_STATE; subdivisionCode: ISO 3166-2 (DE-BY) for a federated state")
    ResponseEntity<JurisdictionRef> createJurisdiction(@RequestBody JurisdictionDraft body) {
        JurisdictionRef jurisdiction = partners.createJurisdiction(body);
        return ResponseEntity.created(URI.create("/api/v1/jurisdictions/" + jurisdiction.id()))
                .eTag(ApiVersions.etag(jurisdiction.version())).body(jurisdiction);
    }

    @PutMapping("/jurisdictions/{id}")
    @Operation(summary = "Change a partner jurisdiction (managers, administrators); If-Match: the ETag read with GET")
    ResponseEntity<JurisdictionRef> updateJurisdiction(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody JurisdictionDraft body) {
        long version = ApiVersions.expectedVersion(ifMatch);
        partners.jurisdiction(id).orElseThrow(ApiProblemException::notFound);
        JurisdictionRef jurisdiction = partners.updateJurisdiction(id, version, body);
        return ResponseEntity.ok().eTag(ApiVersions.etag(jurisdiction.version())).body(jurisdiction);
    }

    @GetMapping("/people")
    @Operation(summary = "A page of people (co-chairs, contacts)", description = "q: part of the name")
    ApiPage<PersonRef> people(@RequestParam(required = false) String q,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        ApiPaging paging = ApiPaging.of(page, size);
        return ApiPage.of(partners.findPeople(q, PageRequest.of(paging.page(), paging.size())), paging,
                partners.countPeople(q));
    }

    @GetMapping("/people/{id}")
    ResponseEntity<PersonRef> person(@PathVariable long id) {
        PersonRef person = partners.person(id).orElseThrow(ApiProblemException::notFound);
        return ResponseEntity.ok().eTag(ApiVersions.etag(person.version())).body(person);
    }

    @PostMapping("/people")
    @Operation(summary = "Add a person (managers, administrators)")
    ResponseEntity<PersonRef> createPerson(@RequestBody PersonDraft body) {
        PersonRef person = partners.createPerson(body);
        return ResponseEntity.created(URI.create("/api/v1/people/" + person.id()))
                .eTag(ApiVersions.etag(person.version())).body(person);
    }

    @PutMapping("/people/{id}")
    @Operation(summary = "Change a person (managers, administrators); If-Match: the ETag read with GET")
    ResponseEntity<PersonRef> updatePerson(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody PersonDraft body) {
        long version = ApiVersions.expectedVersion(ifMatch);
        partners.person(id).orElseThrow(ApiProblemException::notFound);
        PersonRef person = partners.updatePerson(id, version, body);
        return ResponseEntity.ok().eTag(ApiVersions.etag(person.version())).body(person);
    }
}
