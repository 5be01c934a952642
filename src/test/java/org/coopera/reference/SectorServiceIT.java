package org.coopera.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coopera.IntegrationTest;
import org.coopera.base.BusinessException;
import org.coopera.base.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class SectorServiceIT {

    @Autowired
    SectorService sectors;

    @Autowired
    SectorRepository repository;

    private static String code(String prefix) {
        return prefix + System.nanoTime() % 100_000;
    }

    private static String key(Throwable e) {
        return ((BusinessException) e).messageKey();
    }

    @Test
    @WithMockUser(roles = "READER")
    void theSeedsNameTheSectorsOfTheBulletinsAsATwoLevelTree() {
        assertThat(sectors.byCode("RI")).hasValueSatisfying(ri -> {
            assertThat(ri.nameFr()).isEqualTo("Recherche et innovation");
            assertThat(ri.nameEn()).isEqualTo("Research and innovation");
            assertThat(ri.isAxis()).isTrue();
        });
        assertThat(sectors.byCode("ECO-SOC")).hasValueSatisfying(social -> {
            assertThat(social.nameFr()).isEqualTo("Économie sociale");
            assertThat(social.parentCode()).isEqualTo("ECO");
        });
        assertThat(sectors.byCode("GOV-PUB")).map(SectorRef::nameFr).hasValue("Gestion publique");
        // other tests on the shared context add sectors whose codes carry a number: the seeds' tree order
        assertThat(sectors.all()).extracting(SectorRef::code).filteredOn(code -> !code.matches(".*\\d.*"))
                .startsWith("RI", "RI-SCI", "CUL", "CUL-DIF", "EDU");
    }

    @Test
    @WithMockUser(roles = "READER")
    void resolvesCodesAndNamesInEitherLanguage() {
        assertThat(sectors.resolve("education")).map(SectorRef::code).hasValue("EDU");
        assertThat(sectors.resolve("Économie sociale")).map(SectorRef::code).hasValue("ECO-SOC");
        assertThat(sectors.resolve("Social economy")).map(SectorRef::code).hasValue("ECO-SOC");
        assertThat(sectors.resolve("Astrologie")).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void administratorsAddRenameAndRetireSectorsWithHistory() {
        String code = code("S");
        SectorRef created = sectors.create("CUL", code, "Arts numériques", "Digital arts", "16061");
        assertThat(created.parentCode()).isEqualTo("CUL");

        SectorRef renamed = sectors.rename(created.id(), created.version(), "Arts et numérique", "Arts and digital", null);
        SectorRef retired = sectors.setRetired(renamed.id(), renamed.version(), true);

        assertThat(retired.retired()).isTrue();
        assertThat(sectors.history(created.id())).extracting(HistoryEntry::author).containsOnly("admin");
        assertThat(sectors.history(created.id()).getFirst().changes())
                .extracting(HistoryEntry.FieldChange::field).containsExactly("retired");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void badInputIsRefusedAndChangesNothing() {
        long before = repository.count();
        String code = code("B");

        assertThatThrownBy(() -> sectors.create(null, " ", "Nom", "Name", null))
                .satisfies(e -> assertThat(key(e)).isEqualTo("sector.code.required"));
        assertThatThrownBy(() -> sectors.create(null, "RI", "Doublon", "Duplicate", null))
                .satisfies(e -> assertThat(key(e)).isEqualTo("sector.code.taken"));
        assertThatThrownBy(() -> sectors.create("RI-SCI", code, "Troisième niveau", "Third level", null))
                .satisfies(e -> assertThat(key(e)).isEqualTo("sector.two-levels"));
        assertThatThrownBy(() -> sectors.create(null, code, "Nom", "", null))
                .satisfies(e -> assertThat(key(e)).isEqualTo("sector.name.required"));
        assertThatThrownBy(() -> sectors.create(null, code, "Nom", "Name", "12"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("sector.dac.invalid"));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void sectorsInUseAreNotDeletedAndAStaleEditIsRefused() {
        SectorRef culture = sectors.byCode("CUL").orElseThrow();
        assertThatThrownBy(() -> sectors.delete(culture.id(), culture.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("sector.in-use.sub-sectors"));
        assertThat(sectors.byCode("CUL")).isPresent();

        SectorRef usedByProjects = sectors.byCode("RI-SCI").orElseThrow();
        assertThatThrownBy(() -> sectors.delete(usedByProjects.id(), usedByProjects.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("sector.in-use.records"));
        assertThat(sectors.byCode("RI-SCI")).isPresent();

        SectorRef created = sectors.create(null, code("C"), "Axe", "Axis", null);
        sectors.rename(created.id(), created.version(), "Axe modifié", "Changed axis", null);
        assertThatThrownBy(() -> sectors.rename(created.id(), created.version(), "Perdu", "Lost", null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(sectors.byCode(created.code())).map(SectorRef::nameFr).hasValue("Axe modifié");
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void onlyAdministratorsManageSectors() {
        assertThatThrownBy(() -> sectors.create(null, code("M"), "Non", "No", null))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
