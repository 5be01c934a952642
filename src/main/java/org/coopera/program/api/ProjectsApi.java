package org.coopera.program.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.coopera.base.api.ApiPage;
import org.coopera.base.api.ApiPaging;
import org.coopera.base.api.ApiProblemException;
import org.coopera.base.api.ApiVersions;
import org.coopera.program.ProjectDraft;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectRow;
import org.coopera.program.ProjectService;
import org.coopera.program.ProjectStatus;
import org.coopera.program.StatusUpdateRecord;
import org.coopera.program.StatusUpdateService;
import org.coopera.program.Theme;
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

/** Projects and their status updates. Who may change what is the services' business, as on the screens. */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "projects")
class ProjectsApi {

    private final ProjectService projects;
    private final StatusUpdateService updates;

    ProjectsApi(ProjectService projects, StatusUpdateService updates) {
        this.projects = projects;
        this.updates = updates;
    }

    @GetMapping
    @Operation(summary = "A page of projects, filtered",
            description = "sector matches an axis and its sub-sectors; country is the partner's (federated states "
                    + "roll up); from/to select programmes running in or after / starting in or before a year. "
                    + "sort: code, title, period, sector, status, health, workingGroup.")
    ApiPage<ProjectRow> list(@RequestParam(required = false) Long program,
                             @RequestParam(required = false) Long workingGroup,
                             @RequestParam(required = false) Long sector,
                             @RequestParam(required = false) String country,
                             @RequestParam(required = false) ProjectStatus status,
                             @RequestParam(required = false) ProjectHealth health,
                             @RequestParam(required = false) Theme theme,
                             @RequestParam(required = false) Integer from,
                             @RequestParam(required = false) Integer to,
                             @RequestParam(required = false) String q,
                             @RequestParam(defaultValue = "code") String sort,
                             @RequestParam(defaultValue = "asc") String direction,
                             @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size) {
        ApiPaging paging = ApiPaging.of(page, size);
        var filter = new ProjectFilter(q, program, workingGroup, sector, country == null ? null : country.toUpperCase(),
                status, health, theme, from, to);
        List<ProjectRow> rows = projects.find(filter, sort, !"desc".equalsIgnoreCase(direction), paging.offset(),
                paging.size());
        long total = rows.size() < paging.size() && (paging.page() == 0 || !rows.isEmpty())
                ? (long) paging.offset() + rows.size() : projects.count(filter);
        return ApiPage.of(rows, paging, total);
    }

    @GetMapping("/{id}")
    ResponseEntity<ProjectResource> get(@PathVariable long id) {
        var project = projects.detail(id).map(ProjectResource::of).orElseThrow(ApiProblemException::notFound);
        return ResponseEntity.ok().eTag(ApiVersions.etag(project.version())).body(project);
    }

    @PostMapping
    @Operation(summary = "Create a project in a programme (managers, administrators, the working group's officers)")
    ResponseEntity<ProjectResource> create(@Valid @RequestBody NewProject body) {
        ProjectRow row = projects.create(body.programId(), body.draft());
        return created(URI.create("/api/v1/projects/" + row.id()), detail(row.id()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a project's fields; If-Match: the ETag read with GET")
    ResponseEntity<ProjectResource> update(@PathVariable long id,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestBody ProjectDraft body) {
        long version = ApiVersions.expectedVersion(ifMatch);
        projects.get(id).orElseThrow(ApiProblemException::notFound);
        projects.update(id, version, body);
        ProjectResource project = detail(id);
        return ResponseEntity.ok().eTag(ApiVersions.etag(project.version())).body(project);
    }

    @GetMapping("/{id}/status-updates")
    @Operation(summary = "The project's status updates, newest first")
    List<StatusUpdateRecord> statusUpdates(@PathVariable long id) {
        projects.get(id).orElseThrow(ApiProblemException::notFound);
        return updates.timeline(id);
    }

    @GetMapping("/{id}/status-updates/{updateId}")
    ResponseEntity<StatusUpdateRecord> statusUpdate(@PathVariable long id, @PathVariable long updateId) {
        StatusUpdateRecord update = update(id, updateId);
        return ResponseEntity.ok().eTag(ApiVersions.etag(update.version())).body(update);
    }

    @PostMapping("/{id}/status-updates")
    @Operation(summary = "Log a status update (a draft, or submitted for review with submit=true)")
    ResponseEntity<StatusUpdateRecord> createStatusUpdate(@PathVariable long id,
                                                          @Valid @RequestBody StatusUpdateBody body) {
        projects.get(id).orElseThrow(ApiProblemException::notFound);
        StatusUpdateRecord update = updates.save(id, null, 0, body.draft(), List.of(), List.of(), body.submit());
        return created(URI.create("/api/v1/projects/" + id + "/status-updates/" + update.id()), update);
    }

    @PutMapping("/{id}/status-updates/{updateId}")
    @Operation(summary = "Change one of your draft or returned updates; If-Match: the ETag read with GET")
    ResponseEntity<StatusUpdateRecord> changeStatusUpdate(@PathVariable long id, @PathVariable long updateId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody StatusUpdateBody body) {
        long version = ApiVersions.expectedVersion(ifMatch);
        update(id, updateId);
        StatusUpdateRecord update = updates.save(id, updateId, version, body.draft(), List.of(), List.of(),
                body.submit());
        return ResponseEntity.ok().eTag(ApiVersions.etag(update.version())).body(update);
    }

    @PostMapping("/{id}/status-updates/{updateId}/approval")
    @Operation(summary = "Approve a submitted update (managers, administrators); If-Match: its ETag")
    ResponseEntity<StatusUpdateRecord> approve(@PathVariable long id, @PathVariable long updateId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ApiVersions.expectedVersion(ifMatch);
        update(id, updateId);
        StatusUpdateRecord update = updates.approve(updateId, version);
        return ResponseEntity.ok().eTag(ApiVersions.etag(update.version())).body(update);
    }

    @PostMapping("/{id}/status-updates/{updateId}/return")
    @Operation(summary = "Return a submitted update to its author with a reason (managers, administrators); "
            + "If-Match: its ETag")
    ResponseEntity<StatusUpdateRecord> returnToAuthor(@PathVariable long id, @PathVariable long updateId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ReturnBody body) {
        long version = ApiVersions.expectedVersion(ifMatch);
        update(id, updateId);
        StatusUpdateRecord update = updates.returnToAuthor(updateId, version, body.reason());
        return ResponseEntity.ok().eTag(ApiVersions.etag(update.version())).body(update);
    }

    private StatusUpdateRecord update(long projectId, long updateId) {
        return updates.get(updateId).filter(u -> u.projectId() == projectId)
                .orElseThrow(ApiProblemException::notFound);
    }

    private ProjectResource detail(long id) {
        return projects.detail(id).map(ProjectResource::of).orElseThrow(ApiProblemException::notFound);
    }

    private static <T> ResponseEntity<T> created(URI location, T body) {
        long version = body instanceof ProjectResource p ? p.version()
                : body instanceof StatusUpdateRecord u ? u.version() : 0;
        return ResponseEntity.created(location).eTag(ApiVersions.etag(version)).body(body);
    }
}
