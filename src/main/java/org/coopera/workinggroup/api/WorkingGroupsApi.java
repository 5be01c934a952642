package org.coopera.workinggroup.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.coopera.base.files.FileProperties;
import org.coopera.base.api.ApiFiles;
import org.coopera.base.api.ApiPage;
import org.coopera.base.api.ApiPaging;
import org.coopera.base.api.ApiProblemException;
import org.coopera.base.api.ApiVersions;
import org.coopera.workinggroup.CoChairDraft;
import org.coopera.workinggroup.CoChairRecord;
import org.coopera.workinggroup.MeetingDraft;
import org.coopera.workinggroup.MeetingRecord;
import org.coopera.workinggroup.WorkingGroupDraft;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Working groups, their co-chairs and their meetings with the signed minutes (read; create and
 * change: managers, administrators).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "working groups")
class WorkingGroupsApi {

    private final WorkingGroupService workingGroups;
    private final FileProperties fileLimits;

    WorkingGroupsApi(WorkingGroupService workingGroups, FileProperties fileLimits) {
        this.fileLimits = fileLimits;
        this.workingGroups = workingGroups;
    }

    @GetMapping("/working-groups")
    @Operation(summary = "A page of working groups", description = "q: part of the acronym or name; country: the partner's")
    ApiPage<WorkingGroupSummary> list(@RequestParam(required = false) String q,
                                      @RequestParam(required = false) String country,
                                      @RequestParam(defaultValue = "false") boolean activeOnly,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        ApiPaging paging = ApiPaging.of(page, size);
        return ApiPage.of(workingGroups.find(q, country, activeOnly, paging.offset(), paging.size()), paging,
                workingGroups.count(q, country, activeOnly));
    }

    @GetMapping("/working-groups/{id}")
    ResponseEntity<WorkingGroupSummary> get(@PathVariable long id) {
        WorkingGroupSummary group = workingGroups.get(id).orElseThrow(ApiProblemException::notFound);
        return ResponseEntity.ok().eTag(ApiVersions.etag(group.version())).body(group);
    }

    @PostMapping("/working-groups")
    @Operation(summary = "Create a working group (managers, administrators)")
    ResponseEntity<WorkingGroupSummary> create(@RequestBody WorkingGroupDraft body) {
        WorkingGroupSummary group = workingGroups.create(body);
        return ResponseEntity.created(URI.create("/api/v1/working-groups/" + group.id()))
                .eTag(ApiVersions.etag(group.version())).body(group);
    }

    @PutMapping("/working-groups/{id}")
    @Operation(summary = "Change a working group (managers, administrators); If-Match: the ETag read with GET")
    ResponseEntity<WorkingGroupSummary> update(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody WorkingGroupDraft body) {
        long version = ApiVersions.expectedVersion(ifMatch);
        workingGroups.get(id).orElseThrow(ApiProblemException::notFound);
        WorkingGroupSummary group = workingGroups.update(id, version, body);
        return ResponseEntity.ok().eTag(ApiVersions.etag(group.version())).body(group);
    }

    @GetMapping("/working-groups/{id}/meetings")
    @Operation(summary = "The working group's meetings")
    List<MeetingRecord> meetings(@PathVariable long id) {
        workingGroups.get(id).orElseThrow(ApiProblemException::notFound);
        return workingGroups.meetings(id);
    }

    @GetMapping("/meetings/{id}")
    ResponseEntity<MeetingRecord> meeting(@PathVariable long id) {
        MeetingRecord meeting = workingGroups.findMeeting(id).orElseThrow(ApiProblemException::notFound);
        return ResponseEntity.ok().eTag(ApiVersions.etag(meeting.version())).body(meeting);
    }

    @PostMapping("/working-groups/{id}/meetings")
    @Operation(summary = "Record a meeting of the working group (managers, administrators)",
            description = "chairIds: co-chairs of the same working group; the number is unique in the group")
    ResponseEntity<MeetingRecord> recordMeeting(@PathVariable long id, @RequestBody MeetingDraft body) {
        workingGroups.get(id).orElseThrow(ApiProblemException::notFound);
        MeetingRecord meeting = workingGroups.recordMeeting(id, body);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id()))
                .eTag(ApiVersions.etag(meeting.version())).body(meeting);
    }

    @PutMapping("/meetings/{id}")
    @Operation(summary = "Change a meeting (managers, administrators); If-Match: the ETag read with GET",
            description = "The signed minutes stay as they are (attached on the meeting's screen)")
    ResponseEntity<MeetingRecord> updateMeeting(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody MeetingDraft body) {
        long version = ApiVersions.expectedVersion(ifMatch);
        workingGroups.findMeeting(id).orElseThrow(ApiProblemException::notFound);
        MeetingRecord meeting = workingGroups.updateMeeting(id, version, body);
        return ResponseEntity.ok().eTag(ApiVersions.etag(meeting.version())).body(meeting);
    }

    @GetMapping("/meetings/{id}/minutes")
    @Operation(summary = "The meeting's signed minutes, the file as attached")
    ResponseEntity<byte[]> minutes(@PathVariable long id) {
        MeetingRecord meeting = workingGroups.findMeeting(id).orElseThrow(ApiProblemException::notFound);
        if (meeting.minutesFile() == null) {
            throw ApiProblemException.notFound();
        }
        return ApiFiles.download(workingGroups.minutes(id));
    }

    @PostMapping(value = "/meetings/{id}/minutes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach or replace the signed minutes (managers, administrators); If-Match: the meeting's ETag",
            description = "file: PDF, Word, spreadsheet or image, its type checked from its content; a replaced "
                    + "file is deleted")
    ResponseEntity<MeetingRecord> attachMinutes(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam("file") MultipartFile file) throws IOException {
        long version = ApiVersions.expectedVersion(ifMatch);
        workingGroups.findMeeting(id).orElseThrow(ApiProblemException::notFound);
        ApiFiles.required(file);
        byte[] content = ApiFiles.content(file, fileLimits);
        MeetingRecord meeting = workingGroups.attachMinutes(id, version, ApiFiles.nameOf(file, "minutes"), content);
        return ResponseEntity.ok().eTag(ApiVersions.etag(meeting.version())).body(meeting);
    }

    @DeleteMapping("/meetings/{id}/minutes")
    @Operation(summary = "Remove the signed minutes (managers, administrators); If-Match: the meeting's ETag")
    ResponseEntity<MeetingRecord> removeMinutes(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ApiVersions.expectedVersion(ifMatch);
        workingGroups.findMeeting(id).orElseThrow(ApiProblemException::notFound);
        MeetingRecord meeting = workingGroups.removeMinutes(id, version);
        return ResponseEntity.ok().eTag(ApiVersions.etag(meeting.version())).body(meeting);
    }

    @GetMapping("/working-groups/{id}/co-chairs")
    @Operation(summary = "The working group's co-chairs, past and present")
    List<CoChairRecord> coChairs(@PathVariable long id) {
        workingGroups.get(id).orElseThrow(ApiProblemException::notFound);
        return workingGroups.coChairs(id);
    }

    @GetMapping("/co-chairs/{id}")
    ResponseEntity<CoChairRecord> coChair(@PathVariable long id) {
        CoChairRecord coChair = workingGroups.coChair(id).orElseThrow(ApiProblemException::notFound);
        return ResponseEntity.ok().eTag(ApiVersions.etag(coChair.version())).body(coChair);
    }

    @PostMapping("/working-groups/{id}/co-chairs")
    @Operation(summary = "Add a co-chair to the working group (managers, administrators)",
            description = "side: QUEBEC or PARTNER; personId: a person of the reference data; fromDate/toDate: the term")
    ResponseEntity<CoChairRecord> addCoChair(@PathVariable long id, @RequestBody CoChairDraft body) {
        workingGroups.get(id).orElseThrow(ApiProblemException::notFound);
        CoChairRecord coChair = workingGroups.addCoChair(id, body);
        return ResponseEntity.created(URI.create("/api/v1/co-chairs/" + coChair.id()))
                .eTag(ApiVersions.etag(coChair.version())).body(coChair);
    }

    @PutMapping("/co-chairs/{id}")
    @Operation(summary = "Correct a co-chair (managers, administrators); If-Match: the ETag read with GET")
    ResponseEntity<CoChairRecord> updateCoChair(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CoChairDraft body) {
        long version = ApiVersions.expectedVersion(ifMatch);
        workingGroups.coChair(id).orElseThrow(ApiProblemException::notFound);
        CoChairRecord coChair = workingGroups.updateCoChair(id, version, body);
        return ResponseEntity.ok().eTag(ApiVersions.etag(coChair.version())).body(coChair);
    }

    @DeleteMapping("/co-chairs/{id}")
    @Operation(summary = "Remove a co-chair recorded by mistake (managers, administrators); If-Match: its ETag",
            description = "Refused (409) for a co-chair who chaired a recorded meeting: end the term instead")
    ResponseEntity<Void> removeCoChair(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ApiVersions.expectedVersion(ifMatch);
        workingGroups.coChair(id).orElseThrow(ApiProblemException::notFound);
        workingGroups.removeCoChair(id, version);
        return ResponseEntity.noContent().build();
    }
}
