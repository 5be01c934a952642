package org.coopera.exchange.api;

import static org.coopera.base.api.ApiFiles.attachment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.coopera.base.api.ApiFiles;
import org.coopera.base.files.FileProperties;
import org.coopera.base.api.ApiProblemException;
import org.coopera.base.api.ApiProblems;
import org.coopera.exchange.IatiExportService;
import org.coopera.exchange.ImportPreview;
import org.coopera.exchange.ImportResult;
import org.coopera.exchange.NewOrganisation;
import org.coopera.exchange.PreviewRow;
import org.coopera.exchange.ProjectImportService;
import org.coopera.exchange.RowError;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Project import from a spreadsheet (with a dry run that only answers the preview), its template,
 * and the IATI activity file of a programme or of a filtered project list.
 */
@RestController
@Tag(name = "imports and exports")
class ExchangeApi {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ProjectImportService imports;
    private final IatiExportService iati;
    private final ApiProblems problems;
    private final FileProperties fileLimits;

    ExchangeApi(ProjectImportService imports, IatiExportService iati, ApiProblems problems,
                FileProperties fileLimits) {
        this.fileLimits = fileLimits;
        this.imports = imports;
        this.iati = iati;
        this.problems = problems;
    }

    /**
     * The API's view of an import: the preview without its internal plan, and what was written (null
     * for a dry run).
     */
    record ImportAnswer(boolean dryRun, String fileName, String format, String encoding, int rowCount,
                        List<PreviewRow> creates, List<PreviewRow> updates, int unchanged, List<RowError> errors,
                        List<NewOrganisation> newOrganisations, ImportResult result) {

        static ImportAnswer of(boolean dryRun, ImportPreview preview, ImportResult result) {
            return new ImportAnswer(dryRun, preview.fileName(), preview.format(), preview.encoding(), preview.rowCount(),
                    preview.creates(), preview.updates(), preview.unchanged().size(), preview.errors(),
                    preview.newOrganisations(), result);
        }
    }

    @PostMapping(value = "/api/v1/imports/projects", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import projects from an XLSX or CSV file (administrators, managers, officers)",
            description = "dryRun=true answers the preview and writes nothing. Otherwise a file without errors is "
                    + "written in one transaction (201); a file with errors answers 422 with every row error and "
                    + "writes nothing. createOrganisations=true agrees to create the organisations the file names "
                    + "and Coopera does not know.")
    ResponseEntity<Object> importProjects(@RequestParam("file") MultipartFile file,
                                          @RequestParam(defaultValue = "false") boolean dryRun,
                                          @RequestParam(defaultValue = "false") boolean createOrganisations,
                                          HttpServletRequest request) throws IOException {
        if (file.isEmpty()) {
            throw new ApiProblemException(HttpStatus.BAD_REQUEST, "api.import.file");
        }
        Locale locale = ApiProblems.locale(request);
        String name = file.getOriginalFilename() == null ? "import" : file.getOriginalFilename();
        byte[] content = ApiFiles.content(file, fileLimits);
        if (dryRun) {
            return ResponseEntity.ok(ImportAnswer.of(true, imports.preview(name, content, locale), null));
        }
        ProjectImportService.ImportOutcome outcome = imports.importFile(name, content, locale, createOrganisations);
        if (outcome.result() == null) {
            ProblemDetail problem = problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "exchange.import.has-errors",
                    new Object[] {outcome.preview().rowsInError()}, List.of(), request);
            problem.setProperty("rowErrors", outcome.preview().errors());
            return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(ImportAnswer.of(false, outcome.preview(), outcome.result()));
    }

    @GetMapping("/api/v1/imports/projects/template")
    @Operation(summary = "The documented import template", description = "format: xlsx (default) or csv; lang: fr (default) or en")
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format,
                                    @RequestParam(defaultValue = "fr") String lang) {
        Locale locale = switch (lang.toLowerCase(Locale.ROOT)) {
            case "fr" -> Locale.FRENCH;
            case "en" -> Locale.ENGLISH;
            default -> throw new ApiProblemException(HttpStatus.BAD_REQUEST, "api.report.lang");
        };
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "xlsx" -> attachment(imports.templateXlsx(locale), XLSX, "projets-modele-" + lang + ".xlsx");
            case "csv" -> attachment(imports.templateCsv(locale), new MediaType("text", "csv", StandardCharsets.UTF_8),
                    "projets-modele-" + lang + ".csv");
            default -> throw new ApiProblemException(HttpStatus.BAD_REQUEST, "api.import.format");
        };
    }

    @GetMapping(value = "/api/v1/programs/{id}/iati", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "The programme's projects as IATI activities (XML, version 2.03)")
    ResponseEntity<byte[]> programIati(@PathVariable long id) {
        return attachment(iati.program(id), MediaType.APPLICATION_XML, "iati-programme-" + id + ".xml");
    }

    /** Written as it is read, page by page, on the request's thread (and so with the caller's rights). */
    @GetMapping(value = "/api/v1/projects/iati", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "The projects a filter selects as IATI activities (XML, version 2.03)",
            description = "The filters of GET /api/v1/projects")
    void projectsIati(@RequestParam(required = false) Long program,
                      @RequestParam(required = false) Long workingGroup,
                      @RequestParam(required = false) Long sector,
                      @RequestParam(required = false) String country,
                      @RequestParam(required = false) ProjectStatus status,
                      @RequestParam(required = false) ProjectHealth health,
                      @RequestParam(required = false) Theme theme,
                      @RequestParam(required = false) Integer from,
                      @RequestParam(required = false) Integer to,
                      @RequestParam(required = false) String q,
                      HttpServletResponse response) {
        var filter = new ProjectFilter(q, program, workingGroup, sector, country == null ? null : country.toUpperCase(Locale.ROOT),
                status, health, theme, from, to);
        // the headers only once there is a first activity: a filter matching nothing gets a problem (422)
        iati.write(filter, () -> {
            response.setContentType(MediaType.APPLICATION_XML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("iati-activites.xml").build().toString());
            try {
                return response.getOutputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
