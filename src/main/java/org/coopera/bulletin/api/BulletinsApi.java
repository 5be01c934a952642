package org.coopera.bulletin.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.coopera.base.files.FileProperties;
import org.coopera.base.api.ApiFiles;
import org.coopera.base.api.ApiPage;
import org.coopera.base.api.ApiPaging;
import org.coopera.base.api.ApiProblemException;
import org.coopera.base.api.ApiVersions;
import org.coopera.bulletin.BulletinDraft.DocumentDraft;
import org.coopera.bulletin.BulletinHit;
import org.coopera.bulletin.BulletinRecord;
import org.coopera.bulletin.BulletinSearch;
import org.coopera.bulletin.BulletinService;
import org.coopera.bulletin.PhotoChange;
import org.coopera.bulletin.SubjectType;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Bulletins (« Nos actions »): search and read, with their photo and documents; write (managers,
 * administrators): the fields in JSON, the photo and documents as multipart uploads.
 */
@RestController
@RequestMapping("/api/v1/bulletins")
@Tag(name = "bulletins")
class BulletinsApi {

    private final BulletinService bulletins;
    private final FileProperties fileLimits;

    BulletinsApi(BulletinService bulletins, FileProperties fileLimits) {
        this.fileLimits = fileLimits;
        this.bulletins = bulletins;
    }

    @GetMapping
    @Operation(summary = "Search bulletins (full text and filters), most relevant or newest first",
            description = "totalItems is capped at " + BulletinService.COUNT_CAP)
    ApiPage<BulletinHit> search(@RequestParam(required = false) String q,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(required = false) Long workingGroup,
                                @RequestParam(required = false) String country,
                                @RequestParam(required = false) SubjectType subjectType,
                                @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        ApiPaging paging = ApiPaging.of(page, size);
        var search = new BulletinSearch(q, from, to, workingGroup, country, subjectType);
        return ApiPage.of(bulletins.search(search, paging.offset(), paging.size()), paging, bulletins.count(search));
    }

    @GetMapping("/{id}")
    ResponseEntity<BulletinRecord> get(@PathVariable long id) {
        BulletinRecord bulletin = bulletins.get(id).orElseThrow(ApiProblemException::notFound);
        return ResponseEntity.ok().eTag(ApiVersions.etag(bulletin.version())).body(bulletin);
    }

    @PostMapping
    @Operation(summary = "Create a bulletin, without photo or documents (managers, administrators)",
            description = "language: fr or en; subjects: [{subjectType, subjectId}]; links: [{label, url}]")
    ResponseEntity<BulletinRecord> create(@RequestBody BulletinBody body) {
        BulletinRecord bulletin = bulletins.create(body.draft(), PhotoChange.keep());
        return ResponseEntity.created(URI.create("/api/v1/bulletins/" + bulletin.id()))
                .eTag(ApiVersions.etag(bulletin.version())).body(bulletin);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a bulletin (managers, administrators); If-Match: the ETag read with GET",
            description = "The photo stays; documents: the attached ones to keep [{fileId, label}], "
                    + "all of them when left out")
    ResponseEntity<BulletinRecord> update(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody BulletinBody body) {
        long version = ApiVersions.expectedVersion(ifMatch);
        BulletinRecord current = bulletins.get(id).orElseThrow(ApiProblemException::notFound);
        BulletinRecord bulletin = bulletins.update(id, version, body.draft(current), PhotoChange.keep());
        return ResponseEntity.ok().eTag(ApiVersions.etag(bulletin.version())).body(bulletin);
    }

    @GetMapping("/{id}/files/{fileId}")
    @Operation(summary = "The bulletin's photo or one of its documents, as attached (fileId from the bulletin)")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        BulletinRecord bulletin = bulletins.get(id).orElseThrow(ApiProblemException::notFound);
        boolean belongs = bulletin.photo() != null && bulletin.photo().id() == fileId
                || bulletin.documents().stream().anyMatch(d -> d.file().id() == fileId);
        if (!belongs) {
            throw ApiProblemException.notFound();
        }
        return ApiFiles.download(bulletins.file(id, fileId));
    }

    @PostMapping(value = "/{id}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Set or replace the bulletin's photo (managers, administrators); If-Match: its ETag",
            description = "file: an image, its type checked from its content")
    ResponseEntity<BulletinRecord> photo(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam("file") MultipartFile file) throws IOException {
        long version = ApiVersions.expectedVersion(ifMatch);
        BulletinRecord current = bulletins.get(id).orElseThrow(ApiProblemException::notFound);
        ApiFiles.required(file);
        return saved(bulletins.update(id, version, BulletinBody.unchanged(current, List.of()),
                PhotoChange.replace(ApiFiles.nameOf(file, "photo"), ApiFiles.content(file, fileLimits))));
    }

    @DeleteMapping("/{id}/photo")
    @Operation(summary = "Remove the bulletin's photo (managers, administrators); If-Match: its ETag")
    ResponseEntity<BulletinRecord> removePhoto(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ApiVersions.expectedVersion(ifMatch);
        BulletinRecord current = bulletins.get(id).orElseThrow(ApiProblemException::notFound);
        if (current.photo() == null) {
            throw ApiProblemException.notFound();
        }
        return saved(bulletins.update(id, version, BulletinBody.unchanged(current, List.of()), PhotoChange.remove()));
    }

    @PostMapping(value = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a document to the bulletin (managers, administrators); If-Match: its ETag",
            description = "file: PDF, Word, spreadsheet or image, its type checked from its content; label: what "
                    + "readers see (the file's name when left out). PUT with documents removes one.")
    ResponseEntity<BulletinRecord> attachDocument(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam("file") MultipartFile file, @RequestParam(required = false) String label) throws IOException {
        long version = ApiVersions.expectedVersion(ifMatch);
        BulletinRecord current = bulletins.get(id).orElseThrow(ApiProblemException::notFound);
        ApiFiles.required(file);
        String name = ApiFiles.nameOf(file, "document");
        byte[] content = ApiFiles.content(file, fileLimits);
        var added = DocumentDraft.upload(name, content, label == null || label.isBlank() ? name : label);
        return saved(bulletins.update(id, version, BulletinBody.unchanged(current, List.of(added)), PhotoChange.keep()));
    }

    private static ResponseEntity<BulletinRecord> saved(BulletinRecord bulletin) {
        return ResponseEntity.ok().eTag(ApiVersions.etag(bulletin.version())).body(bulletin);
    }
}
