package org.coopera.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.coopera.IntegrationTest;
import org.coopera.base.BusinessException;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import org.coopera.report.ProgramReportData.AnnexLine;
import org.coopera.report.ProgramReportData.CoChair;
import org.coopera.report.ProgramReportData.HealthCount;
import org.coopera.report.ProgramReportData.ProjectLine;
import org.coopera.report.ProgramReportData.SectorCount;
import org.coopera.report.ProgramReportData.SectorSection;
import org.coopera.report.ProgramReportData.StatusCount;
import org.coopera.report.ProgramReportData.Subject;
import org.coopera.report.ProgramReportData.SubjectKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The data of the GTQM 2013-2015 biennial report, from the demo data (24 projects: 12, 7 and 5). */
@IntegrationTest
@WithMockUser(username = "gestionnaire", roles = "MANAGER")
class ProgramReportDataIT {

    @Autowired
    ReportService reports;

    @Autowired
    JdbcClient jdbc;

    private long gtqm2013() {
        return jdbc.sql("""
                        select p.id from program p join working_group wg on wg.id = p.working_group_id
                        where wg.acronym = 'GTQM' and p.start_year = 2013""")
                .query(Long.class).single();
    }

    @Test
    void theWorkingGroupItsCoChairsTheAdoptingMeetingPrioritiesAndThemes() {
        ProgramReportData data = reports.programReport(gtqm2013());

        assertThat(data.period()).isEqualTo("2013-2015");
        assertThat(data.generatedOn()).isNotNull();
        assertThat(data.workingGroup().acronym()).isEqualTo("GTQM");
        assertThat(data.workingGroup().nameFr()).isEqualTo("Groupe de travail Québec-Mexique");
        assertThat(data.workingGroup().partnerFr()).isEqualTo("Mexique");
        assertThat(data.coChairs()).extracting(CoChair::quebec, CoChair::name)
                .containsExactly(tuple(true, "Jean-Stéphane Bernard"), tuple(false, "Sergio Alcocer"));
        assertThat(data.adoptedAt().number()).isEqualTo(14);
        assertThat(data.adoptedAt().date()).isEqualTo(LocalDate.of(2013, 6, 19));
        assertThat(data.adoptedAt().place()).startsWith("Mexico");
        assertThat(data.priorities()).isNotBlank();
        assertThat(data.themes()).contains(Theme.GENDER_EQUALITY);
    }

    @Test
    void adoptedAgainstCurrent_24Projects_12ResearchAndInnovation_7Culture_5Education() {
        ProgramReportData.Summary summary = reports.programReport(gtqm2013()).summary();

        assertThat(summary.adopted()).isEqualTo(24);
        assertThat(summary.current()).isEqualTo(24);
        assertThat(summary.bySector()).extracting(SectorCount::sectorCode, SectorCount::adopted, SectorCount::current)
                .containsExactly(tuple("RI", 12, 12), tuple("CUL", 7, 7), tuple("EDU", 5, 5));
        assertThat(summary.byStatus()).extracting(StatusCount::status, StatusCount::adopted, StatusCount::current)
                .containsExactly(tuple(ProjectStatus.IMPLEMENTATION, 24, 24));
        // two at risk in the registry data, and GTQM-2013-RI-02 since its approved update of June 2014
        assertThat(summary.byHealth()).extracting(HealthCount::health, HealthCount::projects)
                .containsExactly(tuple(ProjectHealth.ON_TRACK, 20), tuple(ProjectHealth.AT_RISK, 3),
                        tuple(ProjectHealth.OFF_TRACK, 1));
    }

    @Test
    void oneSectionPerAxisWithPartnersAndTheLatestApprovedNarrativeOnly() {
        ProgramReportData data = reports.programReport(gtqm2013());

        assertThat(data.sectors()).extracting(SectorSection::sectorCode, s -> s.projects().size())
                .containsExactly(tuple("RI", 12), tuple("CUL", 7), tuple("EDU", 5));
        SectorSection research = data.sectors().getFirst();
        assertThat(research.nameFr()).isNotBlank();
        assertThat(research.projects()).extracting(ProjectLine::code).isSorted();

        ProjectLine nanotech = research.projects().getFirst();
        assertThat(nanotech.code()).isEqualTo("GTQM-2013-RI-01");
        assertThat(nanotech.titleFr()).isEqualTo("Réseau Québec-Mexique en nanotechnologies");
        assertThat(nanotech.leadQuebec()).isEqualTo("Institut national de la recherche scientifique");
        assertThat(nanotech.leadPartner()).isEqualTo("Instituto Politécnico Nacional");
        assertThat(nanotech.partners()).containsExactly("Universidad Nacional Autónoma de México");
        assertThat(nanotech.narrative()).isNull();

        ProjectLine approved = research.projects().stream().filter(p -> p.code().equals("GTQM-2013-RI-02"))
                .findFirst().orElseThrow();
        assertThat(approved.health()).isEqualTo(ProjectHealth.AT_RISK);
        assertThat(approved.progressPercent()).isEqualTo(40);
        assertThat(approved.lastUpdate()).isEqualTo(LocalDate.of(2014, 6, 16));
        assertThat(approved.narrative()).startsWith("Illustratif. Premier atelier conjoint");

        // CUL-02 has only a submitted (not yet approved) update: it does not count
        ProjectLine submitted = data.sectors().get(1).projects().stream()
                .filter(p -> p.code().equals("GTQM-2013-CUL-02")).findFirst().orElseThrow();
        assertThat(submitted.narrative()).isNull();
        assertThat(submitted.progressPercent()).isNull();
    }

    @Test
    void highlightsAreTheBulletinsOfTheProgrammeAndItsMeetingsInThePeriod_once() {
        ProgramReportData data = reports.programReport(gtqm2013());

        assertThat(data.highlights()).hasSize(1);
        ProgramReportData.Highlight bulletin = data.highlights().getFirst();
        assertThat(bulletin.date()).isEqualTo(LocalDate.of(2013, 6, 21));
        assertThat(bulletin.title()).startsWith("La coopération Québec-Mexique");
        assertThat(bulletin.subjects()).containsExactlyInAnyOrder(new Subject(SubjectKind.MEETING, "14"),
                new Subject(SubjectKind.PROGRAM, "2013-2015"));
    }

    @Test
    void theAnnexListsTheTwoProjectsCarriedOverFrom2011to2013() {
        ProgramReportData.Annex annex = reports.programReport(gtqm2013()).annex();

        assertThat(annex.added()).isEmpty();
        assertThat(annex.dropped()).isEmpty();
        assertThat(annex.carriedOver()).extracting(AnnexLine::code)
                .containsExactly("GTQM-2013-CUL-01", "GTQM-2013-RI-03");
        assertThat(annex.carriedOver()).extracting(AnnexLine::carriedFrom)
                .allSatisfy(from -> assertThat(from).startsWith("GTQM-2011-").endsWith("(2011-2013)"));
    }

    @Test
    void anUnknownProgrammeIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> reports.programReport(987_654_321L))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).messageKey()).isEqualTo("report.program.unknown");
                    assertThat(((BusinessException) e).arguments()).containsExactly(987_654_321L);
                });
    }

    @Test
    @WithMockUser(username = "lecteur", roles = "READER")
    void readersMayNotGenerateReports() {
        assertThatThrownBy(() -> reports.programReport(gtqm2013())).isInstanceOf(AccessDeniedException.class);
    }
}
