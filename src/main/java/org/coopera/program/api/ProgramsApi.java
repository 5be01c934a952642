package org.coopera.program.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.coopera.base.api.ApiPage;
import org.coopera.base.api.ApiPaging;
import org.coopera.base.api.ApiProblemException;
import org.coopera.base.api.ApiVersions;
import org.coopera.program.ProgramDraft;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramStatus;
import org.coopera.program.ProgramSummary;
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

/** Biennial programmes (read; create, change and adopt the project list: managers, administrators). */
@RestController
@RequestMapping("/api/v1/programs")
@Tag(name = "programs")
class ProgramsApi {

    private final ProgramService programs;

    ProgramsApi(ProgramService programs) {
        this.programs = programs;
    }

    @GetMapping
    @Operation(summary = "A page of programmes, newest period first",
            description = "workingGroup: part of the working group's acronym or name")
    ApiPage<ProgramSummary> list(@RequestParam(required = false) String workingGroup,
                                 @RequestParam(required = false) ProgramStatus status,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        ApiPaging paging = ApiPaging.of(page, size);
        List<ProgramSummary> items = programs.find(workingGroup, status, paging.offset(), paging.size());
        return ApiPage.of(items, paging, programs.count(workingGroup, status));
    }

    @GetMapping("/{id}")
    ResponseEntity<ProgramSummary> get(@PathVariable long id) {
        ProgramSummary program = programs.get(id).orElseThrow(ApiProblemException::notFound);
        return ResponseEntity.ok().eTag(ApiVersions.etag(program.version())).body(program);
    }

    @PostMapping
    @Operation(summary = "Create a programme in a working group (managers, administrators)")
    ResponseEntity<ProgramSummary> create(@RequestBody ProgramDraft body) {
        ProgramSummary program = programs.create(body);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + program.id()))
                .eTag(ApiVersions.etag(program.version())).body(program);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a programme (managers, administrators); If-Match: the ETag read with GET",
            description = "The working group cannot change")
    ResponseEntity<ProgramSummary> update(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ProgramDraft body) {
        long version = ApiVersions.expectedVersion(ifMatch);
        programs.get(id).orElseThrow(ApiProblemException::notFound);
        ProgramSummary program = programs.update(id, version, body);
        return ResponseEntity.ok().eTag(ApiVersions.etag(program.version())).body(program);
    }

    @PostMapping("/{id}/baseline")
    @Operation(summary = "Adopt the programme's current projects as its baseline list (managers, administrators); "
            + "If-Match: the programme's ETag")
    ResponseEntity<ProgramSummary> adoptBaseline(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ApiVersions.expectedVersion(ifMatch);
        programs.get(id).orElseThrow(ApiProblemException::notFound);
        ProgramSummary program = programs.adoptBaseline(id, version);
        return ResponseEntity.ok().eTag(ApiVersions.etag(program.version())).body(program);
    }
}
