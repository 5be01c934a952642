package org.coopera.program;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coopera.base.BusinessException;
import org.coopera.base.HistoryEntry;
import org.coopera.base.HistoryService;
import org.coopera.base.files.FileContent;
import org.coopera.base.files.FileKind;
import org.coopera.base.files.StoredFileService;
import org.coopera.base.files.UploadedFile;
import org.coopera.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Status updates: officers log them, managers review them. An update is a draft until its
 * author submits it; a manager other than the author approves it or returns it with a reason.
 * Only approved updates count: the latest approved one sets the project's status and health.
 */
@Service
@Validated
public class StatusUpdateService {

    /** The longest page a caller may ask for. */
    public static final int MAX_PAGE = 200;
    /** At most this many files per update. */
    public static final int MAX_FILES = 10;

    private final StatusUpdateRepository updates;
    private final ProjectRepository projects;
    private final StatusUpdateQueries queries;
    private final ProjectService projectService;
    private final StoredFileService files;
    private final HistoryService history;
    private final StatusUpdateProperties properties;
    private final Clock clock;
    private final Reminders reminders;

    StatusUpdateService(StatusUpdateRepository updates, ProjectRepository projects, StatusUpdateQueries queries,
                        ProjectService projectService, StoredFileService files, HistoryService history,
                        StatusUpdateProperties properties, Clock clock, Reminders reminders) {
        this.reminders = reminders;
        this.updates = updates;
        this.projects = projects;
        this.queries = queries;
        this.projectService = projectService;
        this.files = files;
        this.history = history;
        this.properties = properties;
        this.clock = clock;
    }

    // ---- reading ----------------------------------------------------------------------------

    /** A project's updates, newest first; drafts only for their author. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<StatusUpdateRecord> timeline(long projectId) {
        return queries.timeline(projectId, username());
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<StatusUpdateRecord> get(long updateId) {
        return queries.update(updateId)
                .filter(u -> u.state() != UpdateState.DRAFT || u.author().equals(username()));
    }

    /** A file of an update, for anyone who may read the update. */
    @PermitAll
    @Transactional(readOnly = true)
    public FileContent attachment(long updateId, long fileId) {
        StatusUpdateRecord update = get(updateId).orElseThrow(() -> new BusinessException("record.not-found"));
        if (update.files().stream().noneMatch(f -> f.id() == fileId)) {
            throw new BusinessException("files.not-found");
        }
        return files.load(fileId);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long updateId) {
        get(updateId).orElseThrow(() -> new BusinessException("record.not-found"));  // a draft is its author's
        return history.historyOf(StatusUpdate.class, updateId);
    }

    /** The reporting interval in days (a project without an approved update for longer is overdue). */
    @PermitAll
    public int reportingIntervalDays() {
        return properties.reportingIntervalDays();
    }

    /** The largest attachment accepted, in bytes. */
    @PermitAll
    public long maxFileSize() {
        return files.maxSize();
    }

    // ---- an officer's projects --------------------------------------------------------------

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    public List<FollowedProject> myProjects(boolean overdueOnly, int offset, int limit) {
        checkPaging(offset, limit);
        return queries.followed(username(), overdueBefore(), overdueOnly, offset, limit, isReviewer());
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    public long countMyProjects(boolean overdueOnly) {
        return queries.countFollowed(username(), overdueBefore(), overdueOnly);
    }

    /** The signed-in officer's overdue projects, as the last reminder run found them. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    public List<FollowedProject> myOverdue(int limit) {
        checkPaging(0, limit);
        return queries.overdueFor(username(), overdueBefore(), limit);
    }

    /** Whether the signed-in user follows this project explicitly (besides their working groups). */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    public boolean isFollowing(long projectId) {
        return queries.isFollowed(username(), projectId);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional
    public void follow(long projectId, boolean follow) {
        projectService.get(projectId).orElseThrow(() -> new BusinessException("record.not-found"));
        queries.setFollowed(username(), projectId, follow);
    }

    // ---- writing ----------------------------------------------------------------------------

    /**
     * Saves a new update, or changes one of the author's drafts or returned updates, and
     * optionally submits it for review.
     *
     * @param updateId        null for a new update
     * @param expectedVersion the version the author started from (ignored for a new update)
     * @param newFiles        files to attach (checked by content and size)
     * @param removedFileIds  files of the update to detach
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional
    public StatusUpdateRecord save(long projectId, Long updateId, long expectedVersion, @Valid StatusUpdateDraft draft,
                                   List<UploadedFile> newFiles, Collection<Long> removedFileIds, boolean submit) {
        Project project = projects.findById(projectId).orElseThrow(() -> new BusinessException("record.not-found"));
        if (!projectService.mayEdit(project.getProgram().getWorkingGroupId())) {
            throw new AuthorizationDeniedException("Not an officer of this project's working group");
        }
        check(draft, project);
        LocalDateTime now = LocalDateTime.now(clock);
        StatusUpdate update;
        if (updateId == null) {
            update = new StatusUpdate(project, username(), now);
        } else {
            update = updates.findById(updateId).filter(u -> u.getProject().getId().equals(projectId))
                    .orElseThrow(() -> new BusinessException("record.not-found"));
            if (update.getVersion() != expectedVersion) {
                throw new ObjectOptimisticLockingFailureException(StatusUpdate.class, updateId);
            }
            if (!update.getAuthor().equals(username())) {
                throw new BusinessException("update.not-author");
            }
            if (!update.getState().editable()) {
                throw new BusinessException("update.not-editable." + update.getState().name());
            }
        }
        update.fill(draft);
        // only files of this update are detached (and deleted), whatever ids the caller sends
        Set<Long> removed = new HashSet<>(removedFileIds == null ? Set.of() : removedFileIds);
        removed.retainAll(update.getFileIds());
        update.getFileIds().removeAll(removed);
        List<UploadedFile> added = newFiles == null ? List.of() : newFiles;
        if (update.getFileIds().size() + added.size() > MAX_FILES) {
            throw new BusinessException("update.too-many-files", MAX_FILES);
        }
        for (UploadedFile file : added) {
            update.getFileIds().add(files.store(file.name(), file.content(), FileKind.DOCUMENT).id());
        }
        if (submit) {
            update.submit(now);
        }
        update = updates.saveAndFlush(update);
        if (updateId == null) {
            updates.recordStep(update.getId(), UpdateAction.CREATED.name(), username(), now, null);
        }
        if (submit) {
            updates.recordStep(update.getId(), UpdateAction.SUBMITTED.name(), username(), now, null);
        }
        removed.forEach(files::delete);
        return queries.update(update.getId()).orElseThrow();
    }

    /** Approves a submitted update; it becomes the project's status and health if it is the latest. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public StatusUpdateRecord approve(long updateId, long expectedVersion) {
        StatusUpdate update = forReview(updateId, expectedVersion);
        LocalDateTime now = LocalDateTime.now(clock);
        update.approve(username(), now);
        Project project = update.getProject();
        if (project.applyApproved(update.getDate(), update.getStatus(), update.getHealth())
                && !StatusUpdateQueries.isOverdue(project.getStatus(), update.getDate(), overdueBefore())) {
            queries.noLongerOverdue(project.getId());
        }
        updates.saveAndFlush(update);
        projects.saveAndFlush(project);
        updates.recordStep(updateId, UpdateAction.APPROVED.name(), username(), now, null);
        return queries.update(updateId).orElseThrow();
    }

    /** Returns a submitted update to its author, who sees the reason and may resubmit. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public StatusUpdateRecord returnToAuthor(long updateId, long expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("update.return.reason-required");
        }
        if (reason.length() > 5000) {
            throw new BusinessException("validation.too-long");
        }
        StatusUpdate update = forReview(updateId, expectedVersion);
        LocalDateTime now = LocalDateTime.now(clock);
        update.returnToAuthor(username(), now, reason);
        updates.saveAndFlush(update);
        updates.recordStep(updateId, UpdateAction.RETURNED.name(), username(), now, reason.strip());
        return queries.update(updateId).orElseThrow();
    }

    // ---- review queue -----------------------------------------------------------------------

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public List<ReviewItem> reviewQueue(int offset, int limit) {
        checkPaging(offset, limit);
        return queries.reviewQueue(offset, limit);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public long countReviewQueue() {
        return queries.countReviewQueue();
    }

    /** Per working group: projects under way, overdue, and updates awaiting review. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public List<WorkingGroupFollowUp> followUpByWorkingGroup() {
        return queries.followUpByWorkingGroup(overdueBefore());
    }

    /**
     * Recomputes the overdue list now, as the daily job does (without its e-mails, and without
     * waiting for the job's lock: the recomputation is one transaction).
     *
     * @return how many projects are overdue
     */
    @RolesAllowed(Roles.ADMIN)
    public int runReminders() {
        return reminders.recompute();
    }

    // ---- rules ------------------------------------------------------------------------------

    private void check(StatusUpdateDraft draft, Project project) {
        if (draft.date().isAfter(LocalDate.now(clock))) {
            throw new BusinessException("update.date.future");
        }
        boolean changes = draft.status() != project.getStatus() || draft.health() != project.getHealth();
        if (changes && (draft.changeReason() == null || draft.changeReason().isBlank())) {
            throw new BusinessException("update.reason-required");
        }
    }

    private StatusUpdate forReview(long updateId, long expectedVersion) {
        StatusUpdate update = updates.findById(updateId).orElseThrow(() -> new BusinessException("record.not-found"));
        if (update.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(StatusUpdate.class, updateId);
        }
        if (update.getState() != UpdateState.SUBMITTED) {
            throw new BusinessException("update.not-submitted");
        }
        if (update.getAuthor().equals(username())) {
            throw new BusinessException("update.review.own");
        }
        return update;
    }

    LocalDate overdueBefore() {
        return properties.overdueBefore(clock);
    }

    private static void checkPaging(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new BusinessException("paging.invalid", MAX_PAGE);
        }
    }

    private static boolean isReviewer() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.ADMIN)
                || a.getAuthority().equals("ROLE_" + Roles.MANAGER));
    }

    private static String username() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null) {
            throw new AuthorizationDeniedException("Not signed in");
        }
        return user.getName();
    }
}
