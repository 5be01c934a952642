package org.coopera.security.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.TestSecurity.as;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.coopera.KaribuTest;
import org.coopera.security.Role;
import org.coopera.security.SecurityAuditService;
import org.coopera.security.SecurityEvent;
import org.coopera.security.SecurityEventType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The security log: administrators only, a refused screen is recorded, filters by kind and user. */
class SecurityEventsViewTest extends KaribuTest {

    @Autowired
    SecurityAuditService audit;

    @Test
    void aReaderIsRefusedAndTheRefusalIsInTheLogThatAnAdministratorFilters() {
        long before = deniedOfReader();
        login("lecteur", Role.READER);
        UI.getCurrent().navigate("admin/security-events");
        assertThat(_find(SecurityEventsView.class)).isEmpty();
        assertThat(deniedOfReader()).isEqualTo(before + 1);

        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("admin/security-events");
        assertThat(_get(Paragraph.class, spec -> spec.withId("security-event-retention")).getText())
                .isEqualTo("Les événements sont conservés 400 jours, puis effacés.");
        @SuppressWarnings("unchecked")
        Grid<SecurityEvent> grid = _get(Grid.class, spec -> spec.withId("security-event-grid"));
        assertThat(_size(grid)).isGreaterThanOrEqualTo(1);

        @SuppressWarnings("unchecked")
        Select<SecurityEventType> type = _get(Select.class, spec -> spec.withId("security-event-type"));
        _setValue(type, SecurityEventType.ACCESS_DENIED);
        _setValue(_get(TextField.class, spec -> spec.withId("security-event-user")), "lecteur");

        assertThat(_size(grid)).isEqualTo((int) before + 1);
        SecurityEvent newest = _get(grid, 0);
        assertThat(newest.type()).isEqualTo(SecurityEventType.ACCESS_DENIED);
        assertThat(newest.username()).isEqualTo("lecteur");
        assertThat(newest.detail()).isEqualTo("screen /admin/security-events");
    }

    private long deniedOfReader() {
        return as("admin", "ADMIN", () -> audit.count(SecurityEventType.ACCESS_DENIED, "lecteur"));
    }
}
