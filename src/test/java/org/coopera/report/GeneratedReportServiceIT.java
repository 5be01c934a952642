package org.coopera.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.coopera.IntegrationTest;
import org.coopera.base.BusinessException;
import org.coopera.base.files.FileContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Report generation off the caller's thread and the archive: jobs that finish, fail or were
 * interrupted by a restart, who sees and downloads what, and requests refused before anything is archived.
 */
@IntegrationTest
class GeneratedReportServiceIT {

    @Autowired
    GeneratedReportService service;

    @Autowired
    ReportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static SecurityContext signIn(String user, String role) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
        return context;
    }

    private static <T> T as(String user, String role, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        signIn(user, role);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private long gtqm2013() {
        return jdbc.sql("""
                        select p.id from program p join working_group wg on wg.id = p.working_group_id
                        where wg.acronym = 'GTQM' and p.start_year = 2013""")
                .query(Long.class).single();
    }

    private long plan2006() {
        return jdbc.sql("select id from action_plan where start_year = 2006 and end_year = 2009").query(Long.class).single();
    }

    private long archived() {
        return jdbc.sql("select count(*) from generated_report").query(Long.class).single();
    }

    private GeneratedReport awaitFinished(long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            GeneratedReport report = service.report(id).orElseThrow();
            if (report.status().finished()) {
                return report;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("report job " + id + " did not finish in 90 s");
    }

    @Test
    void anOfficersProgrammeReportIsGeneratedInTheBackgroundArchivedAndDownloadedUnchanged() throws Exception {
        signIn("agent", "OFFICER");
        List<Long> ids = service.request(ReportRequest.program(gtqm2013(), "fr", EnumSet.allOf(ReportFormat.class)));
        assertThat(ids).hasSize(2);

        GeneratedReport pdf = awaitFinished(ids.get(0));
        GeneratedReport docx = awaitFinished(ids.get(1));
        for (GeneratedReport report : List.of(pdf, docx)) {
            assertThat(report.status()).as(report.errorKey()).isEqualTo(ReportJobStatus.DONE);
            assertThat(report.progress()).isEqualTo(100);
            assertThat(report.requestedBy()).isEqualTo("agent");
            assertThat(report.subjectLabel()).isEqualTo("GTQM 2013-2015");
            assertThat(report.durationMs()).isNotNull().isGreaterThanOrEqualTo(0);
            assertThat(report.finishedAt()).isNotNull();
            FileContent first = service.download(report.id());
            FileContent again = service.download(report.id());
            assertThat(again.bytes()).isEqualTo(first.bytes());
            assertThat(ReportJobs.sha256(first.bytes())).isEqualTo(report.sha256());
            assertThat(jdbc.sql("select sha256 from stored_file where id = ?").param(report.fileId())
                    .query(String.class).single()).isEqualTo(report.sha256());
            // the job ran with the requester's rights: the file is stored in their name
            assertThat(jdbc.sql("select created_by from stored_file where id = ?").param(report.fileId())
                    .query(String.class).single()).isEqualTo("agent");
        }
        assertThat(pdf.format()).isEqualTo(ReportFormat.PDF);
        assertThat(pdf.fileName()).isEqualTo("rapport-GTQM-2013-2015-fr.pdf");
        FileContent pdfContent = service.download(pdf.id());
        assertThat(pdfContent.ref().mediaType()).isEqualTo("application/pdf");
        assertThat(new String(pdfContent.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(docx.fileName()).isEqualTo("rapport-GTQM-2013-2015-fr.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(service.download(docx.id()).bytes()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Rapport d’étape de la programmation GTQM 2013-2015");
        }
        assertThat(service.reports(0, 50)).extracting(GeneratedReport::id).contains(pdf.id(), docx.id());
        assertThat(service.anyUnfinished()).isFalse();
    }

    @Test
    void anActionPlanReportJobArchivesTheYearsReport() throws Exception {
        signIn("gestionnaire", "MANAGER");
        long id = service.request(ReportRequest.actionPlan(plan2006(), 2007, "en", Set.of(ReportFormat.PDF))).getFirst();
        GeneratedReport done = awaitFinished(id);
        assertThat(done.status()).as(done.errorKey()).isEqualTo(ReportJobStatus.DONE);
        assertThat(done.kind()).isEqualTo(ReportKind.ACTION_PLAN);
        assertThat(done.reportingYear()).isEqualTo(2007);
        assertThat(done.subjectLabel()).isEqualTo("PIQ-2006 2006-2009 · 2007-2008");
        assertThat(done.fileName()).isEqualTo("report-PIQ-2006-2006-2009-2007-2008-en.pdf");
        assertThat(ReportJobs.sha256(service.download(id).bytes())).isEqualTo(done.sha256());
    }

    @Test
    void badParametersGiveAClearMessageAndArchiveNothing() {
        signIn("agent", "OFFICER");
        long before = archived();
        Set<ReportFormat> pdf = Set.of(ReportFormat.PDF);
        assertThatThrownBy(() -> service.request(ReportRequest.program(987_654_321L, "fr", pdf)))
                .isInstanceOf(BusinessException.class).hasMessage("report.program.unknown");
        assertThatThrownBy(() -> service.request(ReportRequest.actionPlan(987_654_321L, 2007, "fr", pdf)))
                .isInstanceOf(BusinessException.class).hasMessage("report.plan.unknown");
        assertThatThrownBy(() -> service.request(ReportRequest.actionPlan(plan2006(), 2009, "fr", pdf)))
                .isInstanceOf(BusinessException.class).hasMessage("report.plan.year-outside");
        assertThatThrownBy(() -> service.request(ReportRequest.actionPlan(plan2006(), 2005, "fr", pdf)))
                .isInstanceOf(BusinessException.class).hasMessage("report.plan.year-outside");
        assertThatThrownBy(() -> service.request(new ReportRequest(ReportKind.ACTION_PLAN, null, plan2006(), null,
                "fr", pdf))).isInstanceOf(BusinessException.class).hasMessage("report.plan.year-outside");
        assertThatThrownBy(() -> service.request(ReportRequest.program(gtqm2013(), "de", pdf)))
                .isInstanceOf(BusinessException.class).hasMessage("report.request.language");
        assertThatThrownBy(() -> service.request(ReportRequest.program(gtqm2013(), "fr", Set.of())))
                .isInstanceOf(BusinessException.class).hasMessage("report.request.format");
        assertThatThrownBy(() -> service.request(new ReportRequest(null, gtqm2013(), null, null, "fr", pdf)))
                .isInstanceOf(BusinessException.class).hasMessage("report.request.kind");
        assertThatThrownBy(() -> service.reports(0, GeneratedReportService.MAX_PAGE + 1))
                .isInstanceOf(BusinessException.class).hasMessage("paging.invalid");
        assertThat(archived()).isEqualTo(before);
    }

    @Test
    void officersSeeTheirOwnReportsManagersSeeAllAndReadersNone() throws Exception {
        long id = as("agent", "OFFICER",
                () -> service.request(ReportRequest.program(gtqm2013(), "en", Set.of(ReportFormat.DOCX))).getFirst());
        GeneratedReport done = as("agent", "OFFICER", () -> {
            try {
                return awaitFinished(id);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(done.status()).isEqualTo(ReportJobStatus.DONE);
        assertThat(done.fileName()).isEqualTo("report-GTQM-2013-2015-en.docx");

        signIn("autre-agent", "OFFICER");
        assertThat(service.report(id)).isEmpty();
        assertThat(service.reports(0, 200)).extracting(GeneratedReport::id).doesNotContain(id);
        assertThatThrownBy(() -> service.download(id)).isInstanceOf(BusinessException.class)
                .hasMessage("report.archive.not-found");

        signIn("gestionnaire", "MANAGER");
        assertThat(service.report(id)).isPresent();
        assertThat(service.reports(0, 200)).extracting(GeneratedReport::id).contains(id);
        assertThat(ReportJobs.sha256(service.download(id).bytes())).isEqualTo(done.sha256());
        assertThat(service.count()).isGreaterThanOrEqualTo(as("agent", "OFFICER", service::count));

        signIn("lecteur", "READER");
        long before = archived();
        assertThatThrownBy(() -> service.request(ReportRequest.program(gtqm2013(), "fr", Set.of(ReportFormat.PDF))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.reports(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.download(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(archived()).isEqualTo(before);
    }

    @Test
    void aJobWhoseProgrammeIsGoneFailsWithAClearMessageAndStoresNothing() {
        long id = insertJob("agent", "QUEUED", jobs.node(), 987_654_321L);
        SecurityContext previous = SecurityContextHolder.getContext();
        signIn("agent", "OFFICER");
        try {
            jobs.run(id);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        GeneratedReport failed = as("agent", "OFFICER", () -> service.report(id).orElseThrow());
        assertThat(failed.status()).isEqualTo(ReportJobStatus.FAILED);
        assertThat(failed.errorKey()).isEqualTo("report.job.subject-gone");
        assertThat(failed.fileId()).isNull();
        assertThat(failed.sha256()).isNull();
        assertThat(failed.finishedAt()).isNotNull();
    }

    @Test
    void aJobRunWithoutTheRightsToReadTheProgrammeFails() {
        long id = insertJob("lecteur", "QUEUED", jobs.node(), gtqm2013());
        SecurityContext previous = SecurityContextHolder.getContext();
        signIn("lecteur", "READER");
        try {
            jobs.run(id);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        GeneratedReport failed = as("admin", "ADMIN", () -> service.report(id).orElseThrow());
        assertThat(failed.status()).isEqualTo(ReportJobStatus.FAILED);
        assertThat(failed.errorKey()).isEqualTo("report.job.failed");
        assertThat(failed.fileId()).isNull();
    }

    @Test
    void jobsLeftUnfinishedByARestartOfThisNodeAreMarkedInterrupted() {
        long running = insertJob("agent", "RUNNING", jobs.node(), gtqm2013());
        long queued = insertJob("agent", "QUEUED", jobs.node(), gtqm2013());
        long otherNode = insertJob("agent", "RUNNING", "another-node", gtqm2013());
        try {
            jobs.markInterrupted();
            for (long id : List.of(running, queued)) {
                GeneratedReport report = as("agent", "OFFICER", () -> service.report(id).orElseThrow());
                assertThat(report.status()).isEqualTo(ReportJobStatus.FAILED);
                assertThat(report.errorKey()).isEqualTo("report.job.interrupted");
                assertThat(report.finishedAt()).isNotNull();
            }
            assertThat(as("agent", "OFFICER", () -> service.report(otherNode).orElseThrow().status()))
                    .isEqualTo(ReportJobStatus.RUNNING);
        } finally {
            jdbc.sql("delete from generated_report where id = ?").param(otherNode).update();
        }
    }

    private long insertJob(String user, String status, String node, long programId) {
        jdbc.sql("""
                        insert into generated_report (kind, program_id, subject_label, language, format, status, progress,
                            requested_by, requested_at, node)
                        values ('PROGRAM', ?, 'GTQM 2013-2015', 'fr', 'PDF', ?, 40, ?, ?, ?)""")
                .params(programId, status, user, LocalDateTime.now(), node).update();
        return jdbc.sql("select max(id) from generated_report").query(Long.class).single();
    }
}
