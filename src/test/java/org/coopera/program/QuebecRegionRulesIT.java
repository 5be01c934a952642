package org.coopera.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopera.TestSecurity.signIn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coopera.IntegrationTest;
import org.coopera.base.BusinessException;
import org.coopera.base.HistoryEntry;
import org.coopera.reference.PartnerService;
import org.coopera.reference.QuebecRegion;
import org.coopera.reference.QuebecRegionService;
import org.coopera.reference.SectorService;
import org.coopera.workinggroup.WorkingGroupService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The 17 Québec administrative regions and the projects that take place in them. */
@IntegrationTest
class QuebecRegionRulesIT {

    @Autowired
    QuebecRegionService regions;

    @Autowired
    PartnerService partners;

    @Autowired
    WorkingGroupService workingGroups;

    @Autowired
    ProgramService programs;

    @Autowired
    ProjectService projects;

    @Autowired
    SectorService sectors;

    ProgramSummary program;
    long culture;

    @BeforeEach
    void aProgrammeOfItsOwn() {
        signIn("admin", "ADMIN");
        program = TestProgrammes.ownProgramme(partners, workingGroups, programs, "GTQR", "Groupe régions",
                "Regions group", Set.of(Theme.YOUTH)).program();
        culture = sectors.byCode("CUL").orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ProjectDraft draft(String code, Set<String> regionCodes) {
        return new ProjectDraft(code, "Titre " + code, "Title " + code, culture, null, null, null,
                LocalDate.of(2015, 7, 1), LocalDate.of(2017, 6, 30), new BigDecimal("125000.00"),
                ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, Set.of(), null, null, regionCodes);
    }

    private static String key(Throwable e) {
        return ((BusinessException) e).messageKey();
    }

    @Test
    void theSeventeenOfficialRegionsAreLoadedWithTheirCodes() {
        List<QuebecRegion> all = regions.all();
        assertThat(all).hasSize(17);
        assertThat(all.getFirst()).isEqualTo(new QuebecRegion("01", "Bas-Saint-Laurent", "Bas-Saint-Laurent"));
        assertThat(all).extracting(QuebecRegion::code).containsExactly("01", "02", "03", "04", "05", "06", "07",
                "08", "09", "10", "11", "12", "13", "14", "15", "16", "17");
        assertThat(regions.byCode("02")).map(QuebecRegion::nameFr).hasValue("Saguenay–Lac-Saint-Jean");
        assertThat(regions.byCode("06")).map(QuebecRegion::nameFr).hasValue("Montréal");
        assertThat(regions.byCode("17")).map(QuebecRegion::nameFr).hasValue("Centre-du-Québec");
        for (String input : new String[] {"06", "6", "Montréal", "montreal", " MONTRÉAL "}) {
            assertThat(regions.resolve(input)).as(input).map(QuebecRegion::code).hasValue("06");
        }
        assertThat(regions.resolve("Gaspesie-Iles-de-la-Madeleine")).map(QuebecRegion::code).hasValue("11");
        assertThat(regions.resolve("18")).isEmpty();
        assertThat(regions.resolve("Ontario")).isEmpty();
        assertThat(regions.resolve("")).isEmpty();
    }

    @Test
    void aProjectKeepsItsRegionsAndTheHistoryRecordsTheirChange() {
        ProjectRow created = projects.create(program.id(), draft("R-1", Set.of("06", "03")));
        assertThat(projects.detail(created.id()).orElseThrow().regionCodes()).containsExactlyInAnyOrder("03", "06");

        ProjectRow changed = projects.update(created.id(), created.version(), draft("R-1", Set.of("03", "16")));
        assertThat(projects.detail(created.id()).orElseThrow().regionCodes()).containsExactlyInAnyOrder("03", "16");
        List<HistoryEntry> history = projects.history(created.id());
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().changes()).extracting(HistoryEntry.FieldChange::field).contains("regionCodes");

        projects.update(created.id(), changed.version(), draft("R-1", Set.of()));
        assertThat(projects.detail(created.id()).orElseThrow().regionCodes()).isEmpty();
    }

    @Test
    void anUnknownRegionIsRefusedWithItsCodeAndNothingIsStored() {
        long before = projects.count(ProjectFilter.none().withProgram(program.id()));
        assertThatThrownBy(() -> projects.create(program.id(), draft("R-2", Set.of("06", "18"))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("region.unknown-code"))
                .satisfies(e -> assertThat(((BusinessException) e).arguments()).containsExactly("18"));
        assertThat(projects.count(ProjectFilter.none().withProgram(program.id()))).isEqualTo(before);

        ProjectRow created = projects.create(program.id(), draft("R-3", Set.of("06")));
        assertThatThrownBy(() -> projects.update(created.id(), created.version(), draft("R-3", Set.of("Montréal"))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("region.unknown-code"));
        assertThat(projects.detail(created.id()).orElseThrow().regionCodes()).containsExactly("06");
        assertThat(projects.get(created.id()).orElseThrow().version()).isEqualTo(created.version());
        assertThat(projects.history(created.id())).hasSize(1);
    }
}
