package org.coopera.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.coopera.IntegrationTest;
import org.coopera.base.BusinessException;
import org.coopera.base.files.TestFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Bulletins on the demo data set: search, timelines, import of both seeds, saving and bad input. */
@IntegrationTest
@WithUserDetails("gestionnaire")
class BulletinServiceIT {

    @Autowired
    BulletinService bulletins;
    @Autowired
    JdbcClient jdbc;

    private long gtqm() {
        return jdbc.sql("select id from working_group where acronym = 'GTQM'").query(Long.class).single();
    }

    private long program(int startYear) {
        return jdbc.sql("select id from program where working_group_id = ? and start_year = ?").params(gtqm(), startYear)
                .query(Long.class).single();
    }

    private long meeting14() {
        return jdbc.sql("select id from meeting where working_group_id = ? and number = 14").param(gtqm())
                .query(Long.class).single();
    }

    private static BulletinDraft draft(String title, String body) {
        return new BulletinDraft(LocalDate.of(2014, 3, 1), title, body, "fr", BulletinStatus.PUBLISHED, null, null,
                List.of(), List.of(), Set.of());
    }

    private long files() {
        return jdbc.sql("select count(*) from stored_file").query(Long.class).single();
    }

    private long count() {
        return jdbc.sql("select count(*) from bulletin").query(Long.class).single();
    }

    // --- search ----------------------------------------------------------------------------------

    @Test
    void searchIgnoresAccentsAndCase() {
        List<BulletinHit> hits = bulletins.search(BulletinSearch.text("education"), 0, 20);
        assertThat(hits).extracting(BulletinHit::date).contains(LocalDate.of(2013, 6, 21));
        BulletinHit gtqm = hits.stream().filter(h -> h.date().equals(LocalDate.of(2013, 6, 21))).findFirst().orElseThrow();
        assertThat(gtqm.snippetHtml()).contains("<mark>Éducation</mark>");
        assertThat(bulletins.search(BulletinSearch.text("COOPERATION quebec mexique"), 0, 20))
                .extracting(BulletinHit::title).contains("La coopération Québec-Mexique toujours aussi vivante!");
        assertThat(bulletins.count(BulletinSearch.text("zzyzzxnotaword"))).isZero();
    }

    @Test
    void searchFindsCaptionsAndHighlightsTheTitle() {
        List<BulletinHit> hits = bulletins.search(BulletinSearch.text("procès-verbal Alcocer"), 0, 20);
        assertThat(hits).extracting(BulletinHit::date).containsExactly(LocalDate.of(2013, 6, 21));
        List<BulletinHit> titled = bulletins.search(BulletinSearch.text("vivante"), 0, 20);
        assertThat(titled.getFirst().titleHtml()).isEqualTo("La coopération Québec-Mexique toujours aussi <mark>vivante</mark>!");
    }

    @Test
    void resultsAreRankedByRelevance() {
        long strong = bulletins.create(draft("Rapport sur le rangement rangement",
                "Rangement, rangement et encore rangement des archives."), null).id();
        long weak = bulletins.create(draft("Autre nouvelle du ministère", "On y parle une fois de rangement."), null).id();
        try {
            List<BulletinHit> hits = bulletins.search(BulletinSearch.text("rangement"), 0, 10);
            assertThat(hits).extracting(BulletinHit::id).containsExactly(strong, weak);
            assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        } finally {
            delete(strong);
            delete(weak);
        }
    }

    @Test
    void wordsFoundInMostBulletinsAreCheckedRowByRowAndTheNewestComeFirst() {
        // the newest bulletin alone decides which words are common (the service samples 500)
        BulletinQueries sampled = new BulletinQueries(jdbc, 1);
        BulletinQueries indexOnly = new BulletinQueries(jdbc, Integer.MAX_VALUE);
        long newest = bulletins.create(new BulletinDraft(LocalDate.now(), "Québec au Mexique",
                "Coopération culturelle entre le Québec et le Mexique.", "fr", BulletinStatus.PUBLISHED, null, null,
                List.of(), List.of(), Set.of()), null).id();
        try {
            // common only: no full-text query, the same bulletins, newest first
            BulletinSearch common = BulletinSearch.text("quebec mexique");
            assertThat(sampled.ranked(common)).isFalse();
            assertThat(indexOnly.ranked(common)).isTrue();
            List<BulletinHit> byDate = sampled.search(common, true, 0, 1000);
            assertThat(byDate).extracting(BulletinHit::id).first().isEqualTo(newest);
            assertThat(byDate).extracting(BulletinHit::date).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(byDate).extracting(BulletinHit::id).containsExactlyInAnyOrderElementsOf(
                    indexOnly.search(common, true, 0, 1000).stream().map(BulletinHit::id).toList());
            assertThat(sampled.count(common, true, 1000)).isEqualTo(indexOnly.count(common, true, 1000))
                    .isGreaterThanOrEqualTo(2);
            assertThat(byDate.getFirst().titleHtml()).isEqualTo("<mark>Québec</mark> au <mark>Mexique</mark>");

            // a common word with a rarer one: ranked by the rarer one, the same bulletins
            BulletinSearch mixed = new BulletinSearch("québec éducation", null, null, gtqm(), "MX", null);
            assertThat(sampled.ranked(mixed)).isTrue();
            List<Long> mixedIds = sampled.search(mixed, true, 0, 1000).stream().map(BulletinHit::id).toList();
            assertThat(mixedIds).isNotEmpty().doesNotContain(newest).containsExactlyInAnyOrderElementsOf(
                    indexOnly.search(mixed, true, 0, 1000).stream().map(BulletinHit::id).toList());
            assertThat(sampled.count(mixed, true, 1000)).isEqualTo(mixedIds.size());

            // a country without working group finds nothing, by either plan
            BulletinSearch nowhere = new BulletinSearch("québec", null, null, null, "AQ", null);
            assertThat(sampled.search(nowhere, true, 0, 10)).isEmpty();
            assertThat(indexOnly.count(nowhere, true, 10)).isZero();
        } finally {
            delete(newest);
        }
    }

    @Test
    void filtersByDatesWorkingGroupCountryAndSubjectType() {
        LocalDate june2013 = LocalDate.of(2013, 6, 21);
        LocalDate april2009 = LocalDate.of(2009, 4, 14);
        assertThat(dates(new BulletinSearch(null, LocalDate.of(2009, 1, 1), LocalDate.of(2009, 12, 31), null, null, null)))
                .contains(april2009).doesNotContain(june2013);
        assertThat(dates(new BulletinSearch(null, null, null, gtqm(), null, null))).contains(june2013).doesNotContain(april2009);
        assertThat(dates(new BulletinSearch(null, null, null, null, "MX", null))).contains(june2013).doesNotContain(april2009);
        assertThat(dates(new BulletinSearch(null, null, null, null, "JP", null))).doesNotContain(june2013);
        assertThat(dates(new BulletinSearch(null, null, null, null, null, SubjectType.MEETING))).contains(june2013)
                .doesNotContain(april2009);
        assertThat(dates(new BulletinSearch(null, null, null, null, null, SubjectType.PROJECT))).doesNotContain(june2013);
        assertThat(dates(new BulletinSearch("mexique", LocalDate.of(2013, 6, 21), LocalDate.of(2013, 6, 21), gtqm(), "MX",
                SubjectType.PROGRAM))).containsExactly(june2013);
    }

    private List<LocalDate> dates(BulletinSearch search) {
        List<BulletinHit> hits = bulletins.search(search, 0, 100);
        assertThat(bulletins.count(search)).isEqualTo(hits.size());
        return hits.stream().map(BulletinHit::date).toList();
    }

    @Test
    @WithUserDetails("lecteur")
    void readersSeePublishedBulletinsOnlyAndCannotWrite() {
        assertThat(bulletins.search(BulletinSearch.all(), 0, 100)).allMatch(h -> h.status() == BulletinStatus.PUBLISHED);
        assertThatThrownBy(() -> bulletins.create(draft("x", "y"), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulletins.parse("Nos actions\n21 juin 2013\nT\n")).isInstanceOf(AccessDeniedException.class);
    }

    // --- timelines and demo data -------------------------------------------------------------------

    @Test
    void theGtqmBulletinIsInTheTimelineOfEachOfItsSubjects() {
        for (var subject : List.of(new BulletinSubject(SubjectType.WORKING_GROUP, gtqm()),
                new BulletinSubject(SubjectType.MEETING, meeting14()),
                new BulletinSubject(SubjectType.PROGRAM, program(2013)),
                new BulletinSubject(SubjectType.PROGRAM, program(2011)))) {
            assertThat(bulletins.bulletinsFor(subject.subjectType(), subject.subjectId()))
                    .as("timeline of %s", subject).extracting(BulletinSummary::title)
                    .contains("La coopération Québec-Mexique toujours aussi vivante!");
        }
        long id = bulletins.search(BulletinSearch.text("vivante"), 0, 1).getFirst().id();
        BulletinRecord record = bulletins.get(id).orElseThrow();
        assertThat(record.photoCredit()).isEqualTo("Julia Benitez Rivas");
        assertThat(record.subjects()).hasSize(4);
        assertThat(record.links()).extracting(BulletinLink::label)
                .containsExactly("Relations Québec-Mexique", "Groupe de travail Québec-Mexique");
        assertThat(record.bodyHtml()).contains("<li>Recherche et innovation (12 projets)</li>");
    }

    @Test
    void thePolicyBulletinCarriesItsProgressReport() {
        long id = bulletins.search(BulletinSearch.text("an II Politique internationale"), 0, 5).getFirst().id();
        BulletinRecord record = bulletins.get(id).orElseThrow();
        assertThat(record.date()).isEqualTo(LocalDate.of(2009, 4, 14));
        assertThat(record.documents()).extracting(BulletinRecord.BulletinDocument::label)
                .containsExactly("Rapport d’étape 2007-2008 (2\u00a0Mo)");
        assertThat(bulletins.file(id, record.documents().getFirst().file().id()).bytes()).startsWith("%PDF".getBytes());
    }

    @Test
    void thePolicyBulletinIsInTheTimelinesOfThePolicyItsActionPlanAndItsYearTwoReport() {
        long policy = jdbc.sql("select id from policy where code = 'PIQ-2006'").query(Long.class).single();
        long plan = jdbc.sql("select id from action_plan where policy_id = ? and start_year = 2006").param(policy)
                .query(Long.class).single();
        long report = jdbc.sql("select id from progress_report where action_plan_id = ? and reporting_start_year = 2007 "
                + "and report_version = 1").param(plan).query(Long.class).single();
        for (var subject : List.of(new BulletinSubject(SubjectType.POLICY, policy),
                new BulletinSubject(SubjectType.ACTION_PLAN, plan), new BulletinSubject(SubjectType.PROGRESS_REPORT, report))) {
            assertThat(bulletins.bulletinsFor(subject.subjectType(), subject.subjectId())).as("timeline of %s", subject)
                    .extracting(BulletinSummary::date).containsExactly(LocalDate.of(2009, 4, 14));
        }
        ImportedBulletin imported = bulletins.parse(BulletinTextParserTest.seed(BulletinTextParserTest.POLICY));
        assertThat(imported.proposals()).extracting(p -> p.subject().subject()).contains(
                new BulletinSubject(SubjectType.POLICY, policy), new BulletinSubject(SubjectType.ACTION_PLAN, plan),
                new BulletinSubject(SubjectType.PROGRESS_REPORT, report));
    }

    // --- import ----------------------------------------------------------------------------------

    @Test
    void importingTheGtqmSeedProposesTheGroupItsMeetingAndBothProgrammesAndStoresNothing() {
        long before = count();
        ImportedBulletin imported = bulletins.parse(BulletinTextParserTest.seed(BulletinTextParserTest.GTQM));
        assertThat(count()).isEqualTo(before);
        assertThat(imported.draft().title()).isEqualTo("La coopération Québec-Mexique toujours aussi vivante!");
        assertThat(imported.proposals()).extracting(p -> p.subject().subject()).contains(
                new BulletinSubject(SubjectType.WORKING_GROUP, gtqm()),
                new BulletinSubject(SubjectType.MEETING, meeting14()),
                new BulletinSubject(SubjectType.PROGRAM, program(2013)),
                new BulletinSubject(SubjectType.PROGRAM, program(2011)));
        assertThat(imported.proposals()).filteredOn(p -> p.subject().subject().subjectType() == SubjectType.WORKING_GROUP)
                .extracting(ImportedBulletin.SubjectProposal::reasonKey).contains("bulletin.import.reason.group");
    }

    @Test
    void importingThePolicySeedGivesItsDraftAndAnnouncedDocument() {
        ImportedBulletin imported = bulletins.parse(BulletinTextParserTest.seed(BulletinTextParserTest.POLICY));
        assertThat(imported.draft().date()).isEqualTo(LocalDate.of(2009, 4, 14));
        assertThat(imported.documentLabels()).hasSize(1);
        // Mexico is named among the markets: the group with Mexico is proposed, because of the country only
        assertThat(imported.proposals()).filteredOn(p -> p.subject().subject().subjectType() == SubjectType.WORKING_GROUP
                        && p.subject().subject().subjectId() == gtqm())
                .extracting(ImportedBulletin.SubjectProposal::reasonKey).containsExactly("bulletin.import.reason.country");
    }

    @Test
    void anImportedDraftIsSavedOnlyWhenConfirmedWithItsSubjects() {
        ImportedBulletin imported = bulletins.parse(BulletinTextParserTest.seed(BulletinTextParserTest.GTQM));
        BulletinDraft confirmed = new BulletinDraft(LocalDate.of(2013, 6, 22), imported.draft().title() + " (copie)",
                imported.draft().body(), "fr", BulletinStatus.DRAFT, imported.draft().photoCaption(),
                imported.draft().photoCredit(), List.of(new BulletinLink("Relations Québec-Mexique", "https://www.mrif.gouv.qc.ca/")),
                List.of(BulletinDraft.DocumentDraft.upload("pv.pdf", TestFiles.pdf(), "Procès-verbal")),
                Set.of(new BulletinSubject(SubjectType.WORKING_GROUP, gtqm())));
        BulletinRecord saved = bulletins.create(confirmed, PhotoChange.replace("photo.png", TestFiles.png()));
        try {
            assertThat(saved.photo()).isNotNull();
            assertThat(saved.documents()).extracting(BulletinRecord.BulletinDocument::label).containsExactly("Procès-verbal");
            // a draft is not in the timeline
            assertThat(bulletins.bulletinsFor(SubjectType.WORKING_GROUP, gtqm())).extracting(BulletinSummary::id)
                    .doesNotContain(saved.id());
            assertThat(bulletins.history(saved.id())).isNotEmpty();
        } finally {
            long filesBefore = files();
            delete(saved.id());
            assertThat(files()).isEqualTo(filesBefore - 2);
        }
    }

    // --- bad input -------------------------------------------------------------------------------

    @Test
    void badInputIsRefusedWithAMessageAndNothingIsStored() {
        long bulletinsBefore = count();
        long filesBefore = files();
        BulletinDraft ok = draft("Titre", "Texte");
        assertRefused(draft(" ", "x"), null, "bulletin.title.required");
        assertRefused(new BulletinDraft(null, "T", "", "fr", BulletinStatus.DRAFT, null, null, null, null, null), null,
                "bulletin.date.required");
        assertRefused(new BulletinDraft(LocalDate.now(), "T", "", "de", BulletinStatus.DRAFT, null, null, null, null, null),
                null, "bulletin.language.invalid");
        for (String url : List.of("javascript:alert(1)", "ftp://example.org/", "file:///etc/passwd", "https://", "www.example.org")) {
            assertRefused(withLinks(ok, List.of(new BulletinLink("Lien", url))), null, "bulletin.link.scheme");
        }
        assertRefused(withLinks(ok, List.of(new BulletinLink("Lien", ""))), null, "bulletin.link.url-required");
        assertRefused(withLinks(ok, List.of(new BulletinLink(" ", "https://example.org"))), null, "bulletin.link.label-required");
        assertRefused(ok.withSubjects(Set.of(new BulletinSubject(SubjectType.PROJECT, 987_654_321L))), null,
                "bulletin.subject.not-found");
        // disguised and oversized files: refused, and the bulletin is not created either
        assertRefused(withDocument(ok, "rapport.pdf", TestFiles.windowsProgram()), null, "files.type-refused.DOCUMENT");
        assertRefused(withDocument(ok, "rapport.docx", TestFiles.plainZip()), null, "files.type-refused.DOCUMENT");
        assertRefused(ok, PhotoChange.replace("photo.jpg", TestFiles.pdf()), "files.type-refused.IMAGE");
        assertRefused(withDocument(ok, "gros.pdf", TestFiles.pdfOfSize(25 * 1024 * 1024)), null, "files.too-large");
        // a valid document with a disguised photo: nothing at all is stored
        assertRefused(withDocument(ok, "bon.pdf", TestFiles.pdf()), PhotoChange.replace("x.png", TestFiles.windowsProgram()),
                "files.type-refused.IMAGE");
        assertThat(count()).isEqualTo(bulletinsBefore);
        assertThat(files()).isEqualTo(filesBefore);
    }

    @Test
    void aStaleVersionIsRefused() {
        BulletinRecord saved = bulletins.create(draft("Version", "v1"), null);
        try {
            bulletins.update(saved.id(), saved.version(), draft("Version", "v2"), PhotoChange.keep());
            assertThatThrownBy(() -> bulletins.update(saved.id(), saved.version(), draft("Version", "v3"), PhotoChange.keep()))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
            assertThat(bulletins.get(saved.id()).orElseThrow().body()).isEqualTo("v2");
        } finally {
            delete(saved.id());
        }
    }

    @Test
    void aNastyBodyIsStoredAsWrittenButRenderedHarmless() {
        BulletinRecord saved = bulletins.create(draft("Piège",
                "<script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>"), null);
        try {
            assertThat(saved.body()).contains("<script>");
            assertThat(saved.bodyHtml()).doesNotContain("<script").doesNotContain("<img")
                    .doesNotContainPattern("(?i)href=\"\\s*javascript").contains("&lt;script&gt;");
        } finally {
            delete(saved.id());
        }
    }

    private void assertRefused(BulletinDraft draft, PhotoChange photo, String key) {
        assertThatThrownBy(() -> bulletins.create(draft, photo)).isInstanceOf(BusinessException.class).hasMessage(key);
    }

    private static BulletinDraft withLinks(BulletinDraft d, List<BulletinLink> links) {
        return new BulletinDraft(d.date(), d.title(), d.body(), d.language(), d.status(), null, null, links, d.documents(),
                d.subjects());
    }

    private static BulletinDraft withDocument(BulletinDraft d, String name, byte[] content) {
        return new BulletinDraft(d.date(), d.title(), d.body(), d.language(), d.status(), null, null, d.links(),
                List.of(BulletinDraft.DocumentDraft.upload(name, content, null)), d.subjects());
    }

    private void delete(long id) {
        bulletins.delete(id, bulletins.get(id).orElseThrow().version());
    }
}
