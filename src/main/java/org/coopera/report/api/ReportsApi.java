package org.coopera.report.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.coopera.base.api.ApiFiles;
import org.coopera.base.api.ApiProblemException;
import org.coopera.base.api.ApiProblems;
import org.coopera.report.GeneratedReportService;
import org.coopera.report.ReportFormat;
import org.coopera.report.ReportQueueFullException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The biennial progress report of a programme, generated on request (PDF or DOCX, French or English). */
@RestController
@Tag(name = "reports")
class ReportsApi {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final GeneratedReportService reports;
    private final ApiProblems problems;

    ReportsApi(GeneratedReportService reports, ApiProblems problems) {
        this.reports = reports;
        this.problems = problems;
    }

    @GetMapping(value = "/api/v1/programs/{id}/report",
            produces = {MediaType.APPLICATION_PDF_VALUE, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "The programme's biennial progress report (managers, administrators, officers)",
            description = "format: pdf (default) or docx; lang: fr (default) or en")
    ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam(defaultValue = "pdf") String format,
                                  @RequestParam(defaultValue = "fr") String lang) {
        Locale locale = switch (lang.toLowerCase(Locale.ROOT)) {
            case "fr" -> Locale.FRENCH;
            case "en" -> Locale.ENGLISH;
            default -> throw new ApiProblemException(HttpStatus.BAD_REQUEST, "api.report.lang");
        };
        boolean pdf = switch (format.toLowerCase(Locale.ROOT)) {
            case "pdf" -> true;
            case "docx" -> false;
            default -> throw new ApiProblemException(HttpStatus.BAD_REQUEST, "api.report.format");
        };
        // on the screens' bounded pool: a full queue is a 429 (below), not one more generation at once
        byte[] document = reports.programReportNow(id, pdf ? ReportFormat.PDF : ReportFormat.DOCX, locale);
        String fileName = "programme-" + id + "-" + locale.getLanguage() + (pdf ? ".pdf" : ".docx");
        return ApiFiles.attachment(document, pdf ? MediaType.APPLICATION_PDF : DOCX, fileName);
    }

    /** The report pool is full: 429 with Retry-After, as problem details whatever format was asked for. */
    @ExceptionHandler(ReportQueueFullException.class)
    ResponseEntity<ProblemDetail> busy(ReportQueueFullException e, HttpServletRequest request) {
        int seconds = ReportQueueFullException.RETRY_AFTER_SECONDS;
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(HttpStatus.TOO_MANY_REQUESTS, "api.report.busy", new Object[] {seconds},
                        List.of(), request));
    }
}
