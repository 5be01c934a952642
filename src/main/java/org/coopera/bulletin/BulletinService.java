package org.coopera.bulletin;

import org.coopera.base.SearchText;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopera.base.BusinessException;
import org.coopera.base.HistoryEntry;
import org.coopera.base.HistoryService;
import org.coopera.base.files.FileContent;
import org.coopera.base.files.FileKind;
import org.coopera.base.files.StoredFileRef;
import org.coopera.base.files.StoredFileService;
import org.coopera.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulletins: everyone signed in reads the published ones; managers and administrators write,
 * import and publish them, and also see drafts.
 */
@Service
public class BulletinService {

    private static final Set<String> LANGUAGES = Set.of("fr", "en");
    private static final Pattern MEETING_NUMBER = Pattern.compile("(\\d{1,3})\\s*(?:e|è|ème|eme|re|er)\\s+réunion",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that may be measure codes (letters, digits and dashes, with a digit). */
    private static final Pattern MEASURE_CODE = Pattern.compile("\\b(?=[A-Z0-9.-]*\\d)[A-Z][A-Z0-9.-]*\\d\\b");
    private static final Pattern PERIOD = Pattern.compile("\\b((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})\\b");

    private final BulletinRepository bulletins;
    private final BulletinQueries queries;
    private final StoredFileService files;
    private final HistoryService history;

    BulletinService(BulletinRepository bulletins, BulletinQueries queries, StoredFileService files,
                    HistoryService history) {
        this.bulletins = bulletins;
        this.queries = queries;
        this.files = files;
        this.history = history;
    }

    /** A page of matching bulletins, most relevant first (newest first without search text). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<BulletinHit> search(BulletinSearch search, int offset, int limit) {
        return queries.search(search, canEdit(), offset, limit);
    }

    /** Searches are counted up to this number; the lists say "10 000 or more". */
    public static final long COUNT_CAP = 10_000;

    /** The number of matching bulletins, at most {@link #COUNT_CAP}. */
    @PermitAll
    @Transactional(readOnly = true)
    public long count(BulletinSearch search) {
        return Math.min(COUNT_CAP, queries.count(search, canEdit(), COUNT_CAP));
    }

    /**
     * Whether the search's results come by relevance; false when it has no text, or only words found in
     * most bulletins (they rank nothing), and then the newest come first.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean ranksByRelevance(BulletinSearch search) {
        return queries.ranked(search);
    }

    /** The published bulletins attached to a subject, newest first (its timeline). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<BulletinSummary> bulletinsFor(SubjectType subjectType, long subjectId) {
        return queries.bulletinsFor(subjectType, subjectId);
    }

    /** A bulletin; a draft only for those who may edit it. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<BulletinRecord> get(long id) {
        return queries.byId(id).filter(b -> b.status() == BulletinStatus.PUBLISHED || canEdit());
    }

    /** The photo or a document of a bulletin the user may read. */
    @PermitAll
    @Transactional(readOnly = true)
    public FileContent file(long bulletinId, long fileId) {
        BulletinRecord bulletin = get(bulletinId).orElseThrow(() -> new BusinessException("files.not-found"));
        boolean belongs = bulletin.photo() != null && bulletin.photo().id() == fileId
                || bulletin.documents().stream().anyMatch(d -> d.file().id() == fileId);
        if (!belongs) {
            throw new BusinessException("files.not-found");
        }
        return files.load(fileId);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        return history.historyOf(Bulletin.class, id);
    }

    /** Whether the signed-in user writes bulletins. */
    @PermitAll
    public boolean canEdit() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_" + Roles.ADMIN) || a.equals("ROLE_" + Roles.MANAGER));
    }

    /** Subjects for the editor's picker, whose label contains the text. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<SubjectSummary> subjectOptions(String text, int offset, int limit) {
        return queries.subjectOptions(SearchText.check(text), offset, limit);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional(readOnly = true)
    public List<SubjectSummary> subjectLabels(Set<BulletinSubject> subjects) {
        return queries.summaries(subjects);
    }

    /** Creates a bulletin with its photo and documents, all or nothing. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public BulletinRecord create(BulletinDraft draft, PhotoChange photo) {
        BulletinDraft checked = check(draft);
        Set<SubjectValue> subjects = subjects(checked.subjects());
        var bulletin = new Bulletin(checked);
        bulletin.setDocuments(documents(checked.documents(), List.of()));
        bulletin.setSubjects(subjects);
        applyPhoto(bulletin, photo);
        long id = bulletins.saveAndFlush(bulletin).getId();
        return queries.byId(id).orElseThrow();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public BulletinRecord update(long id, long expectedVersion, BulletinDraft draft, PhotoChange photo) {
        Bulletin bulletin = load(id, expectedVersion);
        BulletinDraft checked = check(draft);
        Set<SubjectValue> subjects = subjects(checked.subjects());
        List<Long> oldFiles = bulletin.getDocuments().stream().map(DocumentValue::fileId).toList();
        List<DocumentValue> documents = documents(checked.documents(), oldFiles);
        Long oldPhoto = bulletin.getPhotoFileId();
        bulletin.update(checked);
        bulletin.setDocuments(documents);
        bulletin.setSubjects(subjects);
        applyPhoto(bulletin, photo);
        bulletins.saveAndFlush(bulletin);
        for (Long fileId : oldFiles) {
            if (documents.stream().noneMatch(d -> d.fileId() == fileId)) {
                files.delete(fileId);
            }
        }
        if (oldPhoto != null && !oldPhoto.equals(bulletin.getPhotoFileId())) {
            files.delete(oldPhoto);
        }
        return queries.byId(id).orElseThrow();
    }

    /** Deletes a bulletin and its files (nothing else refers to a bulletin). */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public void delete(long id, long expectedVersion) {
        Bulletin bulletin = load(id, expectedVersion);
        List<Long> fileIds = new ArrayList<>(bulletin.getDocuments().stream().map(DocumentValue::fileId).toList());
        if (bulletin.getPhotoFileId() != null) {
            fileIds.add(bulletin.getPhotoFileId());
        }
        bulletins.delete(bulletin);
        bulletins.flush();
        fileIds.forEach(files::delete);
    }

    /**
     * Reads a bulletin in the seeds' plain-text form into a draft with proposed subjects. Stores
     * nothing: the editor checks the draft and saves it with {@link #create}.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional(readOnly = true)
    public ImportedBulletin parse(String text) {
        ImportedBulletin parsed = BulletinTextParser.parse(text);
        return new ImportedBulletin(parsed.sectionHeading(), parsed.draft(), parsed.documentLabels(), propose(text));
    }

    // --- import proposals ----------------------------------------------------------------------

    private List<ImportedBulletin.SubjectProposal> propose(String text) {
        Map<BulletinSubject, String[]> found = new LinkedHashMap<>();
        Map<Long, String> groupEvidence = new LinkedHashMap<>();
        List<BulletinQueries.GroupName> groups = queries.groups();
        for (BulletinQueries.GroupName group : groups) {
            String evidence = firstWord(text, group.acronym());
            if (evidence == null) {
                evidence = firstPhrase(text, group.nameFr());
            }
            if (evidence == null) {
                evidence = firstPhrase(text, group.nameEn());
            }
            if (evidence != null) {
                groupEvidence.put(group.id(), evidence);
                found.put(new BulletinSubject(SubjectType.WORKING_GROUP, group.id()),
                        new String[] {"bulletin.import.reason.group", evidence});
            }
        }
        // a country named in the text points to the working groups with a partner in that country
        Map<String, String> countries = new HashMap<>();
        for (BulletinQueries.CountryName country : queries.countries()) {
            String evidence = firstPhrase(text, country.nameFr());
            if (evidence == null) {
                evidence = firstPhrase(text, country.nameEn());
            }
            if (evidence != null) {
                countries.put(country.code(), evidence);
            }
        }
        for (BulletinQueries.GroupName group : groups) {
            if (!groupEvidence.containsKey(group.id()) && countries.containsKey(group.countryCode())) {
                found.put(new BulletinSubject(SubjectType.WORKING_GROUP, group.id()),
                        new String[] {"bulletin.import.reason.country", countries.get(group.countryCode())});
            }
        }
        if (!groupEvidence.isEmpty()) {
            Matcher meeting = MEETING_NUMBER.matcher(text);
            Set<Integer> numbers = new LinkedHashSet<>();
            while (meeting.find()) {
                if (numbers.add(Integer.parseInt(meeting.group(1)))) {
                    for (long id : queries.meetings(groupEvidence.keySet(), Integer.parseInt(meeting.group(1)))) {
                        found.put(new BulletinSubject(SubjectType.MEETING, id),
                                new String[] {"bulletin.import.reason.meeting", meeting.group()});
                    }
                }
            }
            Matcher period = PERIOD.matcher(text);
            Set<String> periods = new LinkedHashSet<>();
            while (period.find()) {
                if (periods.add(period.group(1) + "-" + period.group(2))) {
                    for (long id : queries.programs(groupEvidence.keySet(), Integer.parseInt(period.group(1)),
                            Integer.parseInt(period.group(2)))) {
                        found.put(new BulletinSubject(SubjectType.PROGRAM, id),
                                new String[] {"bulletin.import.reason.period", period.group()});
                    }
                }
            }
        }
        if (queries.policyTables()) {
            proposePolicy(text, found);
        }
        List<ImportedBulletin.SubjectProposal> proposals = new ArrayList<>();
        for (SubjectSummary summary : queries.summaries(found.keySet())) {
            String[] reason = found.get(summary.subject());
            proposals.add(new ImportedBulletin.SubjectProposal(summary, reason[0], reason[1]));
        }
        proposals.sort(Comparator.comparing((ImportedBulletin.SubjectProposal p) -> p.subject().subject().subjectType())
                .thenComparing(p -> p.subject().label()));
        return proposals;
    }

    /**
     * The policy named by its title, its action plan of a period named in the text, the progress
     * report of a year named (« 2007-2008 »), and measures named by their code.
     */
    private void proposePolicy(String text, Map<BulletinSubject, String[]> found) {
        List<Long> policies = new ArrayList<>();
        for (BulletinQueries.PolicyName policy : queries.policies()) {
            String evidence = firstPhrase(text, policy.titleFr());
            if (evidence == null) {
                evidence = firstPhrase(text, policy.titleEn());
            }
            if (evidence != null) {
                policies.add(policy.id());
                found.put(new BulletinSubject(SubjectType.POLICY, policy.id()),
                        new String[] {"bulletin.import.reason.policy", evidence});
            }
        }
        if (policies.isEmpty()) {
            return;
        }
        Matcher period = PERIOD.matcher(text);
        Map<String, int[]> periods = new LinkedHashMap<>();
        while (period.find()) {
            periods.putIfAbsent(period.group(), new int[] {Integer.parseInt(period.group(1)), Integer.parseInt(period.group(2))});
        }
        List<Long> plans = new ArrayList<>();
        periods.forEach((words, years) -> {
            for (long id : queries.actionPlans(policies, years[0], years[1])) {
                plans.add(id);
                found.put(new BulletinSubject(SubjectType.ACTION_PLAN, id), new String[] {"bulletin.import.reason.period", words});
            }
        });
        if (plans.isEmpty()) {
            return;
        }
        periods.forEach((words, years) -> {
            if (years[1] == years[0] + 1) {
                for (long id : queries.progressReports(plans, years[0])) {
                    found.put(new BulletinSubject(SubjectType.PROGRESS_REPORT, id),
                            new String[] {"bulletin.import.reason.period", words});
                }
            }
        });
        Matcher code = MEASURE_CODE.matcher(text);
        Set<String> codes = new LinkedHashSet<>();
        while (code.find()) {
            codes.add(code.group());
        }
        if (!codes.isEmpty()) {
            for (long id : queries.measuresNamed(plans, codes)) {
                found.put(new BulletinSubject(SubjectType.MEASURE, id), new String[] {"bulletin.import.reason.measure", ""});
            }
        }
    }

    /** The acronym as a whole word, case-sensitive (GTQM, not "gtqm" inside a word). */
    private static String firstWord(String text, String word) {
        if (word == null || word.length() < 2) {
            return null;
        }
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text);
        return m.find() ? m.group() : null;
    }

    /** A name as whole words, ignoring case and accents. */
    private static String firstPhrase(String text, String phrase) {
        if (phrase == null || phrase.length() < 3) {
            return null;
        }
        String folded = Highlighter.fold(text);
        String target = Highlighter.fold(phrase);
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(target) + "(?![\\p{L}\\p{N}])").matcher(folded);
        // folding keeps the length of these texts (one letter, one mark dropped after NFD): fall back to the name
        return m.find() ? (folded.length() == text.length() ? text.substring(m.start(), m.end()) : phrase) : null;
    }

    // --- checks --------------------------------------------------------------------------------

    private static BulletinDraft check(BulletinDraft draft) {
        if (draft.date() == null) {
            throw new BusinessException("bulletin.date.required");
        }
        if (draft.title() == null || draft.title().isBlank()) {
            throw new BusinessException("bulletin.title.required");
        }
        if (draft.title().strip().length() > 500) {
            throw new BusinessException("bulletin.title.too-long", 500);
        }
        if (draft.language() == null || !LANGUAGES.contains(draft.language().toLowerCase(Locale.ROOT))) {
            throw new BusinessException("bulletin.language.invalid");
        }
        if (draft.status() == null) {
            throw new BusinessException("bulletin.status.required");
        }
        if (draft.photoCaption() != null && draft.photoCaption().length() > 1000
                || draft.photoCredit() != null && draft.photoCredit().length() > 255) {
            throw new BusinessException("bulletin.photo.text-too-long");
        }
        List<BulletinLink> links = new ArrayList<>();
        for (BulletinLink link : draft.links()) {
            if (link.label() == null || link.label().isBlank()) {
                throw new BusinessException("bulletin.link.label-required");
            }
            if (link.label().strip().length() > 255) {
                throw new BusinessException("bulletin.link.label-too-long", link.label().strip());
            }
            String url = link.url() == null ? "" : link.url().strip();
            if (url.isEmpty()) {
                throw new BusinessException("bulletin.link.url-required", link.label().strip());
            }
            if (url.length() > 2000) {
                throw new BusinessException("bulletin.link.scheme", url.substring(0, 60) + "…");
            }
            links.add(new BulletinLink(link.label().strip(), BulletinTextParser.checkedUrl(url)));
        }
        for (BulletinDraft.DocumentDraft document : draft.documents()) {
            if (document.fileId() == null && (document.content() == null || document.fileName() == null)) {
                throw new BusinessException("files.empty", document.fileName() == null ? "" : document.fileName());
            }
            if (document.label() != null && document.label().strip().length() > 255) {
                throw new BusinessException("bulletin.document.label-too-long", document.label().strip());
            }
        }
        return new BulletinDraft(draft.date(), draft.title(), draft.body(), draft.language().toLowerCase(Locale.ROOT),
                draft.status(), draft.photoCaption(), draft.photoCredit(), links, draft.documents(), draft.subjects());
    }

    private Set<SubjectValue> subjects(Set<BulletinSubject> subjects) {
        List<SubjectSummary> found = queries.summaries(subjects);
        if (found.size() != subjects.size()) {
            throw new BusinessException("bulletin.subject.not-found");
        }
        Set<SubjectValue> values = new LinkedHashSet<>();
        for (SubjectSummary summary : found) {
            values.add(new SubjectValue(summary.subject().subjectType(), summary.subject().subjectId(),
                    summary.workingGroupId()));
        }
        return values;
    }

    /** Kept documents must belong to this bulletin; new ones are checked and stored (DOCUMENT kind). */
    private List<DocumentValue> documents(List<BulletinDraft.DocumentDraft> drafts, List<Long> current) {
        List<DocumentValue> documents = new ArrayList<>();
        for (BulletinDraft.DocumentDraft document : drafts) {
            if (document.fileId() != null) {
                if (!current.contains(document.fileId())) {
                    throw new BusinessException("files.not-found");
                }
                documents.add(new DocumentValue(document.fileId(), label(document.label(), document.fileName())));
            } else {
                StoredFileRef stored = files.store(document.fileName(), document.content(), FileKind.DOCUMENT);
                documents.add(new DocumentValue(stored.id(), label(document.label(), stored.name())));
            }
        }
        return documents;
    }

    private static String label(String label, String fileName) {
        return label == null || label.isBlank() ? (fileName == null ? "document" : fileName) : label.strip();
    }

    private void applyPhoto(Bulletin bulletin, PhotoChange photo) {
        if (photo == null || photo.kind() == PhotoChange.Kind.KEEP) {
            return;
        }
        if (photo.kind() == PhotoChange.Kind.REMOVE) {
            bulletin.setPhotoFileId(null);
        } else {
            bulletin.setPhotoFileId(files.store(photo.fileName(), photo.content(), FileKind.IMAGE).id());
        }
    }

    private Bulletin load(long id, long expectedVersion) {
        Bulletin bulletin = bulletins.findById(id).orElseThrow(() -> new BusinessException("record.not-found"));
        if (bulletin.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Bulletin.class, id);
        }
        return bulletin;
    }
}
