package org.coopera.report;

import jakarta.annotation.PreDestroy;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.coopera.base.BusinessException;
import org.coopera.base.files.FileKind;
import org.coopera.base.files.StoredFileRef;
import org.coopera.base.files.StoredFileService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs report generation jobs on a small bounded pool, each with the security context of the user
 * who asked (the services it calls check who may read what), writes the progress as the work
 * advances and archives the document; a failure is kept with a message key for the user.
 */
@Component
class ReportJobs {

    static final String INTERRUPTED = "report.job.interrupted";
    static final String FAILED = "report.job.failed";
    static final String BUSY = "report.job.busy";
    static final String SUBJECT_GONE = "report.job.subject-gone";
    static final String TOO_LARGE = "report.job.too-large";

    private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);
    private static final Set<String> GONE = Set.of("report.program.unknown", "report.plan.unknown",
            "report.plan.year-outside");

    private final GeneratedReportQueries archive;
    private final ReportService reports;
    private final ProgramReportPdf programPdf;
    private final ProgramReportDocx programDocx;
    private final ActionPlanReportPdf planPdf;
    private final ActionPlanReportDocx planDocx;
    private final StoredFileService files;
    private final TransactionTemplate transaction;
    private final MessageSource messages;
    private final Clock clock;
    private final String node;
    private final ThreadPoolExecutor executor;

    ReportJobs(GeneratedReportQueries archive, ReportService reports, ProgramReportPdf programPdf,
               ProgramReportDocx programDocx, ActionPlanReportPdf planPdf, ActionPlanReportDocx planDocx,
               StoredFileService files,
               TransactionTemplate transaction, MessageSource messages, Clock clock, ReportJobProperties properties) {
        this.archive = archive;
        this.reports = reports;
        this.programPdf = programPdf;
        this.programDocx = programDocx;
        this.planPdf = planPdf;
        this.planDocx = planDocx;
        this.files = files;
        this.transaction = transaction;
        this.messages = messages;
        this.clock = clock;
        this.node = properties.node();
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(properties.threads(), properties.threads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(properties.queueCapacity()), runnable -> {
                    Thread thread = new Thread(runnable, "report-job-" + threadNumber.incrementAndGet());
                    thread.setDaemon(true);
                    thread.setPriority(Thread.NORM_PRIORITY - 1);
                    return thread;
                });
    }

    String node() {
        return node;
    }

    /** Marks the jobs this node left queued or running (a restart or a crash) as failed, "interrupted". */
    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        int interrupted = archive.interrupt(node, INTERRUPTED, LocalDateTime.now(clock));
        if (interrupted > 0) {
            log.warn("{} report job(s) left unfinished by the previous run marked interrupted", interrupted);
        }
    }

    /** Queues the job; a full queue fails it at once with a message. */
    void submit(long id, SecurityContext requester) {
        try {
            executor.execute(new DelegatingSecurityContextRunnable(() -> run(id), requester));
        } catch (RejectedExecutionException e) {
            archive.failed(id, BUSY, LocalDateTime.now(clock), null);
        }
    }

    /**
     * Runs work for a caller who waits for its result (the API's report download) on the same bounded
     * pool as the archived jobs, with the caller's security context.
     *
     * @throws ReportQueueFullException at once when the pool's queue is full
     */
    <T> T runNow(Callable<T> work) {
        Future<T> future;
        try {
            future = executor.submit(new DelegatingSecurityContextCallable<>(work, SecurityContextHolder.getContext()));
        } catch (RejectedExecutionException e) {
            throw new ReportQueueFullException();
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new BusinessException(INTERRUPTED);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The pool itself, for tests that fill its queue. */
    ThreadPoolExecutor executor() {
        return executor;
    }

    /** Generates, stores and archives one queued job, in the calling thread (with its security context). */
    void run(long id) {
        long start = System.nanoTime();
        archive.started(id, LocalDateTime.now(clock));
        try {
            GeneratedReport job = archive.find(id).orElseThrow();
            byte[] content = render(job, percent -> archive.progress(id, percent));
            archive.progress(id, 90);
            String sha256 = sha256(content);
            transaction.executeWithoutResult(status -> {
                StoredFileRef file = files.store(fileName(job), content, FileKind.DOCUMENT);
                archive.done(id, file.id(), sha256, LocalDateTime.now(clock), millisSince(start));
            });
        } catch (BusinessException e) {
            log.info("Report job {} failed: {}", id, e.getMessage());
            archive.failed(id, errorKey(e), LocalDateTime.now(clock), millisSince(start));
        } catch (RuntimeException | Error e) {
            log.error("Report job {} failed", id, e);
            archive.failed(id, FAILED, LocalDateTime.now(clock), millisSince(start));
        }
    }

    private byte[] render(GeneratedReport job, IntConsumer progress) {
        Locale language = "en".equals(job.language()) ? Locale.ENGLISH : Locale.FRENCH;
        progress.accept(10);
        return switch (job.kind()) {
            case PROGRAM -> {
                if (job.programId() == null) {
                    throw new BusinessException("report.program.unknown", 0);
                }
                // the data through the secured service (the requester's rights), in its own read-only transaction
                ProgramReportData data = reports.programReport(job.programId());
                progress.accept(40);
                yield job.format() == ReportFormat.PDF ? programPdf.pdf(data, language) : programDocx.docx(data, language);
            }
            case ACTION_PLAN -> {
                if (job.actionPlanId() == null || job.reportingYear() == null) {
                    throw new BusinessException("report.plan.unknown", 0);
                }
                ActionPlanReportData data = reports.actionPlanReport(job.actionPlanId(), job.reportingYear());
                progress.accept(40);
                yield job.format() == ReportFormat.PDF ? planPdf.pdf(data, language) : planDocx.docx(data, language);
            }
        };
    }

    private static String errorKey(BusinessException e) {
        if (GONE.contains(e.messageKey())) {
            return SUBJECT_GONE;
        }
        return e.messageKey() != null && e.messageKey().startsWith("files.too-large") ? TOO_LARGE : FAILED;
    }

    /** "rapport-GTQM-2013-2015-fr.pdf", "report-GTQM-2013-2015-en.docx". */
    private String fileName(GeneratedReport job) {
        String prefix = messages.getMessage("report.file.prefix", null, Locale.forLanguageTag(job.language()));
        String subject = Normalizer.normalize(job.subjectLabel(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return prefix + "-" + subject + "-" + job.language() + "." + job.format().extension();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
