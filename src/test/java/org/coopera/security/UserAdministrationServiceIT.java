package org.coopera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopera.IntegrationTest;
import org.coopera.base.BusinessException;
import org.coopera.base.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class UserAdministrationServiceIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String GOOD_PASSWORD = "Tamarin-Oaxaca-1982";

    @Autowired
    UserAdministrationService service;

    @Autowired
    UserAccountRepository repository;

    private static String uniqueName(String prefix) {
        return prefix + System.nanoTime() % 100_000 + "-" + SEQUENCE.incrementAndGet();
    }

    private UserSummary createOfficer(String username) {
        return service.create(new NewUser(username, "Agent " + username, username + "@example.org",
                EnumSet.of(Role.OFFICER), GOOD_PASSWORD));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void createsAUserWhoseHistoryNamesTheAdministrator() {
        String name = uniqueName("marie");
        UserSummary created = createOfficer(name);

        assertThat(service.find(name, PageRequest.of(0, 10))).extracting(UserSummary::username).containsExactly(name);
        assertThat(repository.findByUsername(name).orElseThrow().getPasswordHash())
                .startsWith("{bcrypt}").doesNotContain(GOOD_PASSWORD);
        var history = service.history(created.id());
        assertThat(history).hasSize(1);
        assertThat(history.getFirst().kind()).isEqualTo(HistoryEntry.Kind.CREATED);
        assertThat(history.getFirst().author()).isEqualTo("admin");
        assertThat(history.getFirst().changes()).extracting(HistoryEntry.FieldChange::field)
                .contains("username", "displayName", "roles")
                .doesNotContain("passwordHash", "failedAttempts");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void historyShowsEachChangedFieldBeforeAndAfter() {
        UserSummary user = createOfficer(uniqueName("paul"));
        service.update(user.id(), user.version(), new UserChanges("Paul Nouveau Nom", user.email(),
                EnumSet.of(Role.OFFICER, Role.READER)));

        HistoryEntry latest = service.history(user.id()).getFirst();
        assertThat(latest.kind()).isEqualTo(HistoryEntry.Kind.MODIFIED);
        assertThat(latest.changes()).containsExactlyInAnyOrder(
                new HistoryEntry.FieldChange("displayName", "Agent " + user.username(), "Paul Nouveau Nom"),
                new HistoryEntry.FieldChange("roles", "OFFICER", "OFFICER, READER"));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void refusesAWeakPasswordAndStoresNothing() {
        String name = uniqueName("faible");
        long before = repository.count();

        assertThatThrownBy(() -> service.create(new NewUser(name, "Faible", null, Set.of(Role.READER), "court")))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("password.too-short");
        assertThatThrownBy(() -> service.create(new NewUser(name, "Faible", null, Set.of(Role.READER),
                name + "-tres-long-mais-avec-le-nom")))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("password.contains-username");
        assertThat(repository.count()).isEqualTo(before);
        assertThat(repository.existsByUsername(name)).isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void refusesInvalidFieldsAndStoresNothing() {
        long before = repository.count();

        assertThatThrownBy(() -> service.create(new NewUser("avec espace", "X", "pas-un-courriel",
                Set.of(), GOOD_PASSWORD)))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString())
                        .contains("create.request.username", "create.request.email", "create.request.roles"));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void refusesADuplicateUserName() {
        String name = uniqueName("double");
        createOfficer(name);

        assertThatThrownBy(() -> createOfficer(name))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("user.username.taken");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aSecondConcurrentSaveIsRefusedAndTheFirstIsKept() {
        UserSummary read = createOfficer(uniqueName("concurrent"));
        // first editor saves
        service.update(read.id(), read.version(), new UserChanges("Première version", null, Set.of(Role.OFFICER)));

        // second editor saves from the same, now stale, version
        assertThatThrownBy(() -> service.update(read.id(), read.version(),
                new UserChanges("Seconde version", null, Set.of(Role.MANAGER))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        UserSummary now = service.get(read.id());
        assertThat(now.displayName()).isEqualTo("Première version");
        assertThat(now.roles()).containsExactly(Role.OFFICER);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorCannotDisableHimselfNorDropHisOwnRole() {
        UserSummary me = service.find("admin", PageRequest.of(0, 50)).stream()
                .filter(u -> u.username().equals("admin")).findFirst().orElseThrow();

        assertThatThrownBy(() -> service.setEnabled(me.id(), me.version(), false))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("user.admin.cannot-disable-self");
        assertThatThrownBy(() -> service.update(me.id(), me.version(),
                new UserChanges(me.displayName(), me.email(), Set.of(Role.READER))))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("user.admin.cannot-drop-own-role");
        assertThat(service.get(me.id()).enabled()).isTrue();
        assertThat(service.get(me.id()).roles()).contains(Role.ADMIN);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void disablingAndResettingAPassword() {
        UserSummary user = createOfficer(uniqueName("desactive"));
        UserSummary disabled = service.setEnabled(user.id(), user.version(), false);
        assertThat(disabled.enabled()).isFalse();

        String oldHash = repository.findById(user.id()).orElseThrow().getPasswordHash();
        service.resetPassword(user.id(), "Nouveau-Mot-De-Passe-2026");
        assertThat(repository.findById(user.id()).orElseThrow().getPasswordHash()).isNotEqualTo(oldHash);
        assertThatThrownBy(() -> service.resetPassword(user.id(), "court"))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("password.too-short");
    }

    @Test
    @WithMockUser(username = "lecteur", roles = "READER")
    void aReaderMayNotAdministerUsers() {
        assertThatThrownBy(() -> service.find("", PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.create(new NewUser(uniqueName("x"), "X", null, Set.of(Role.ADMIN),
                GOOD_PASSWORD))).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "gestionnaire", roles = "MANAGER")
    void aManagerMayNotAdministerUsersEither() {
        assertThatThrownBy(() -> service.count("")).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void nobodySignedInMayCallTheService() {
        assertThatThrownBy(() -> service.count("")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
