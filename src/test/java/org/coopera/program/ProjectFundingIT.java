package org.coopera.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopera.TestSecurity.signIn;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coopera.IntegrationTest;
import org.coopera.base.BusinessException;
import org.coopera.base.HistoryEntry;
import org.coopera.reference.OrganisationType;
import org.coopera.reference.PartnerService;
import org.coopera.reference.ReferenceDrafts.OrganisationDraft;
import org.coopera.reference.SectorService;
import org.coopera.workinggroup.WorkingGroupService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Funding per project, fiscal year and funder: the amounts' rules, the budget that follows, the totals. */
@IntegrationTest
class ProjectFundingIT {

    @Autowired
    ProjectFundingService funding;
    @Autowired
    ProjectService projects;
    @Autowired
    PartnerService partners;
    @Autowired
    WorkingGroupService workingGroups;
    @Autowired
    ProgramService programs;
    @Autowired
    SectorService sectors;
    @Autowired
    JdbcClient jdbc;

    TestProgrammes.Made made;
    ProjectRow project;
    long ministry;
    long fund;

    @BeforeEach
    void aProjectOfItsOwn() {
        signIn("admin", "ADMIN");
        made = TestProgrammes.ownProgramme(partners, workingGroups, programs, "GTFI", "Groupe financement",
                "Funding group", Set.of());
        project = projects.create(made.program().id(), new ProjectDraft("RF-1", "Titre", "Title",
                sectors.byCode("CUL").orElseThrow().id(), null, null, null, LocalDate.of(2015, 7, 1),
                LocalDate.of(2017, 6, 30), new BigDecimal("99000.00"), ProjectStatus.IMPLEMENTATION,
                ProjectHealth.ON_TRACK, Set.of(), null, null, Set.of()));
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        ministry = partners.createOrganisation(new OrganisationDraft("Ministère financeur " + suffix, null, "CA",
                OrganisationType.MINISTRY)).id();
        fund = partners.createOrganisation(new OrganisationDraft("Fonds de recherche " + suffix, "FR" + suffix, "CA",
                OrganisationType.RESEARCH_CENTRE)).id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static FundingDraft draft(int year, long funder, String approved, String committed, String paid) {
        return new FundingDraft(year, funder, amount(approved), amount(committed), amount(paid));
    }

    private static BigDecimal amount(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static String key(Throwable e) {
        return ((BusinessException) e).messageKey();
    }

    private BigDecimal budget() {
        return projects.get(project.id()).orElseThrow().budget();
    }

    @Test
    void theBudgetBecomesTheSumOfTheApprovedAmountsAndFollowsEveryChange() {
        FundingLine first = funding.add(project.id(), draft(2015, ministry, "40000.00", "40000.00", "25000.00"));
        assertThat(budget()).isEqualByComparingTo("40000.00");
        assertThat(projects.detail(project.id()).orElseThrow().budgetFromFunding()).isTrue();

        FundingLine second = funding.add(project.id(), draft(2016, ministry, "35000", null, null));
        funding.add(project.id(), draft(2016, fund, "12500.50", "10000", "0"));
        assertThat(budget()).isEqualByComparingTo("87500.50");
        assertThat(second.committed()).isEqualByComparingTo("0");  // empty means nothing yet

        List<FundingLine> lines = funding.lines(project.id());
        assertThat(lines).extracting(FundingLine::fiscalYearLabel)
                .containsExactly("2015-2016", "2016-2017", "2016-2017");
        // within a year by funder name; a funder with an acronym is "Name (ACRONYM)"
        assertThat(lines.get(1).funder()).startsWith("Fonds de recherche").endsWith(")");
        assertThat(lines.get(2).funder()).startsWith("Ministère financeur").doesNotContain("(");

        funding.update(first.id(), first.version(), draft(2015, ministry, "45000", "40000", "25000"));
        assertThat(budget()).isEqualByComparingTo("92500.50");
        funding.delete(second.id(), second.version());
        assertThat(budget()).isEqualByComparingTo("57500.50");

        // the project's history says who changed the budget and from what to what
        List<HistoryEntry> history = projects.history(project.id());
        assertThat(history.getFirst().author()).isEqualTo("admin");
        assertThat(history.getFirst().changes()).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("budget");
            assertThat(change.before()).startsWith("92500.5");
            assertThat(change.after()).startsWith("57500.5");
        });
        // and the line's own history its amounts
        assertThat(funding.history(first.id())).hasSize(2);
        assertThat(funding.history(first.id()).getFirst().changes()).extracting(HistoryEntry.FieldChange::field)
                .containsExactly("approved");
    }

    @Test
    void aProjectWithFundingRefusesATypedBudgetButTakesItsOwnSum() {
        funding.add(project.id(), draft(2015, ministry, "40000", null, null));
        ProjectRow funded = projects.get(project.id()).orElseThrow();
        ProjectDraft typed = projects.detail(project.id()).orElseThrow().toDraft();
        var other = new ProjectDraft(typed.code(), typed.titleFr(), typed.titleEn(), typed.sectorId(), null, null,
                null, typed.startDate(), typed.endDate(), new BigDecimal("1.00"), typed.status(), typed.health(),
                typed.themes(), typed.description(), null, typed.regionCodes());
        assertThatThrownBy(() -> projects.update(project.id(), funded.version(), other))
                .satisfies(e -> assertThat(key(e)).isEqualTo("project.budget.from-funding"));
        assertThat(budget()).isEqualByComparingTo("40000");
        // the same record with its sum (what the editor sends) goes through
        projects.update(project.id(), funded.version(), typed);

        // the last line removed: the budget stays and can be typed again
        FundingLine line = funding.lines(project.id()).getFirst();
        funding.delete(line.id(), line.version());
        assertThat(projects.detail(project.id()).orElseThrow().budgetFromFunding()).isFalse();
        assertThat(budget()).isEqualByComparingTo("40000");
        ProjectRow unfunded = projects.get(project.id()).orElseThrow();
        projects.update(project.id(), unfunded.version(), other);
        assertThat(budget()).isEqualByComparingTo("1.00");
    }

    @Test
    void badAmountsAreRefusedWithTheirReasonAndNothingIsStored() {
        BigDecimal before = budget();
        assertThatThrownBy(() -> funding.add(project.id(), draft(2015, ministry, "1000", "1000.01", null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("funding.committed.above-approved"));
        assertThatThrownBy(() -> funding.add(project.id(), draft(2015, ministry, "1000", "500", "600")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("funding.paid.above-committed"));
        assertThatThrownBy(() -> funding.add(project.id(), draft(2015, ministry, "1000", null, "1")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("funding.paid.above-committed"));
        assertThatThrownBy(() -> funding.add(project.id(), draft(2015, 987_654_321L, "1000", null, null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("funding.funder.unknown"));
        assertThatThrownBy(() -> funding.add(project.id(), draft(2015, ministry, "-1", null, null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> funding.add(project.id(), draft(2015, ministry, null, null, null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> funding.add(project.id(), draft(2015, ministry, "1.001", null, null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> funding.add(project.id(), draft(1949, ministry, "1000", null, null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> funding.add(project.id(), draft(2015, ministry, "10000000000000", null, null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> funding.add(987_654_321L, draft(2015, ministry, "1000", null, null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("record.not-found"));

        funding.add(project.id(), draft(2015, ministry, "1000", null, null));
        long version = projects.get(project.id()).orElseThrow().version();
        assertThatThrownBy(() -> funding.add(project.id(), draft(2015, ministry, "2000", null, null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("funding.line.taken"))
                .satisfies(e -> assertThat(((BusinessException) e).arguments()).containsExactly("2015-2016"));
        assertThat(funding.lines(project.id())).hasSize(1);
        assertThat(budget()).isEqualByComparingTo("1000");
        assertThat(projects.get(project.id()).orElseThrow().version()).isEqualTo(version);
        assertThat(before).isEqualByComparingTo("99000");
    }

    @Test
    void theDatabaseItselfRefusesAmountsOutOfOrder() {
        // a write that bypasses the service (a script, a future feature) meets the same rules
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into project_funding (project_id, fiscal_year, funder_id, approved, committed, paid)
                        values (:project, 2015, :funder, 100, 200, 0)""")
                .param("project", project.id()).param("funder", ministry).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(funding.lines(project.id())).isEmpty();
    }

    @Test
    void aStaleLineIsAConflictNotAnOverwrite() {
        FundingLine line = funding.add(project.id(), draft(2015, ministry, "1000", null, null));
        funding.update(line.id(), line.version(), draft(2015, ministry, "1500", null, null));
        assertThatThrownBy(() -> funding.update(line.id(), line.version(), draft(2015, ministry, "9999", null, null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> funding.delete(line.id(), line.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(budget()).isEqualByComparingTo("1500");
    }

    @Test
    void onlyThoseWhoMayChangeTheProjectMayChangeItsFunding() {
        FundingLine line = funding.add(project.id(), draft(2015, ministry, "1000", null, null));
        signIn("lecteur", "READER");
        assertThatThrownBy(() -> funding.add(project.id(), draft(2016, ministry, "1000", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(funding.lines(project.id())).hasSize(1);  // reading is open to every role
        assertThat(funding.mayEdit(project.id())).isFalse();
        signIn("agent", "OFFICER");  // not an officer of this working group
        assertThatThrownBy(() -> funding.update(line.id(), line.version(), draft(2015, ministry, "1", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> funding.delete(line.id(), line.version()))
                .isInstanceOf(AccessDeniedException.class);
        signIn("admin", "ADMIN");
        workingGroups.assignOfficers(made.group().id(), Set.of("agent"));
        signIn("agent", "OFFICER");
        assertThat(funding.mayEdit(project.id())).isTrue();
        funding.update(line.id(), line.version(), draft(2015, ministry, "1200", "1200", "1200"));
        assertThat(budget()).isEqualByComparingTo("1200");
    }

    @Test
    void aProgrammeAddsUpItsProjectsPerFiscalYear() {
        assertThat(funding.programTotals(made.program().id())).isEmpty();
        ProjectRow second = projects.create(made.program().id(), new ProjectDraft("RF-2", "Titre 2", "Title 2",
                sectors.byCode("CUL").orElseThrow().id(), null, null, null, null, null, null,
                ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, Set.of(), null, null, Set.of()));
        funding.add(project.id(), draft(2015, ministry, "1000", "800", "500"));
        funding.add(project.id(), draft(2016, ministry, "2000", "0", "0"));
        funding.add(second.id(), draft(2015, fund, "300", "300", "300"));
        funding.add(second.id(), draft(2015, ministry, "200", null, null));

        List<FundingTotal> totals = funding.programTotals(made.program().id());
        assertThat(totals).containsExactly(
                new FundingTotal(2015, 2, new BigDecimal("1500.00"), new BigDecimal("1100.00"), new BigDecimal("800.00")),
                new FundingTotal(2016, 1, new BigDecimal("2000.00"), new BigDecimal("0.00"), new BigDecimal("0.00")),
                new FundingTotal(null, 2, new BigDecimal("3500.00"), new BigDecimal("1100.00"), new BigDecimal("800.00")));
    }
}
