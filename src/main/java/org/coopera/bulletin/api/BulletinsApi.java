package org.coopera.bulletin.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.coopera.base.api.ApiPage;
import org.coopera.base.api.ApiPaging;
import org.coopera.base.api.ApiProblemException;
import org.coopera.base.api.ApiVersions;
import org.coopera.bulletin.BulletinHit;
import org.coopera.bulletin.BulletinRecord;
import org.coopera.bulletin.BulletinSearch;
import org.coopera.bulletin.BulletinService;
import org.coopera.bulletin.SubjectType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bulletins (« Nos actions »): search and read. */
@RestController
@RequestMapping("/api/v1/bulletins")
@Tag(name = "bulletins")
class BulletinsApi {

    private final BulletinService bulletins;

    BulletinsApi(BulletinService bulletins) {
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
}
