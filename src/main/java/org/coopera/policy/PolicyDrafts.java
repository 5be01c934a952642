package org.coopera.policy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a user types to create policies, objectives, action plans, reports, progress entries and links. */
public final class PolicyDrafts {

    private PolicyDrafts() {
    }

    public record PolicyDraft(
            @NotBlank(message = "{validation.required}") @Size(max = 30, message = "{validation.too-long}") String code,
            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}") String titleFr,
            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}") String titleEn,
            @Min(value = 1900, message = "{policy.year.range}") @Max(value = 2100, message = "{policy.year.range}")
            Integer madePublicYear) {
    }

    public record ObjectiveDraft(
            @NotNull(message = "{validation.required}") @Min(value = 1, message = "{policy.objective.number.range}")
            @Max(value = 99, message = "{policy.objective.number.range}") Integer number,
            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}") String titleFr,
            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}") String titleEn) {
    }

    public record ActionPlanDraft(
            @NotNull(message = "{validation.required}") @Min(value = 1900, message = "{policy.year.range}")
            @Max(value = 2100, message = "{policy.year.range}") Integer startYear,
            @NotNull(message = "{validation.required}") @Min(value = 1900, message = "{policy.year.range}")
            @Max(value = 2100, message = "{policy.year.range}") Integer endYear,
            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}") String titleFr,
            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}") String titleEn,
            @Min(value = 0, message = "{policy.plan.planned.range}") @Max(value = 10000, message = "{policy.plan.planned.range}")
            Integer plannedMeasures) {
    }

    /** A progress report for the reporting year starting in {@code reportingStartYear} (2007 for 2007-2008). */
    public record ReportDraft(
            @NotNull(message = "{validation.required}") Integer reportingStartYear,
            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}") String titleFr,
            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}") String titleEn) {
    }

    /** A measure's progress in a report's year; evidence links are http(s) addresses. */
    public record ProgressDraft(
            @NotNull(message = "{validation.required}") MeasureStatus status,
            @Size(max = 20000, message = "{validation.too-long}") String narrative,
            @Size(max = 20, message = "{policy.progress.links.too-many}") List<String> evidenceLinks) {
    }

    /** A programme, project or meeting by id; an office by name, city and country. */
    public record LinkDraft(
            @NotNull(message = "{validation.required}") LinkType type,
            Long targetId,
            @Size(max = 255, message = "{validation.too-long}") String officeName,
            @Size(max = 150, message = "{validation.too-long}") String officeCity,
            @Size(max = 2, message = "{validation.too-long}") String officeCountryCode) {
    }
}
