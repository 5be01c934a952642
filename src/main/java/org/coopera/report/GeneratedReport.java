package org.coopera.report;

import java.time.LocalDateTime;

/**
 * An archived report generation: who asked for what and when, how the job went (progress 0-100,
 * the message key of a failure) and, once done, the stored document and the SHA-256 of its bytes.
 */
public record GeneratedReport(long id, ReportKind kind, Long programId, Long actionPlanId, Integer reportingYear,
                              String subjectLabel, String language, ReportFormat format, ReportJobStatus status,
                              int progress, String errorKey, String requestedBy, LocalDateTime requestedAt,
                              LocalDateTime finishedAt, Long durationMs, Long fileId, String fileName, Long sizeBytes,
                              String sha256) {
}
