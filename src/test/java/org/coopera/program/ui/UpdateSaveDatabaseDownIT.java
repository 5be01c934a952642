package org.coopera.program.ui;

import org.coopera.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.coopera.IntegrationTest;
import org.coopera.security.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The database stops while an officer fills the update form: the save fails with a clear
 * message and everything typed stays on screen. Runs in a JVM of its own (it stops the database
 * and shortens the connection timeout so that the failure comes within seconds).
 */
@Tag(IntegrationTest.OWN_JVM)
@TestPropertySource(properties = {
        "coopera.embedded-db.database=coopera_db_down",
        "spring.datasource.hikari.connection-timeout=2000",
        "spring.datasource.hikari.validation-timeout=1000"})
class UpdateSaveDatabaseDownIT extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailedSaveSaysWhyAndKeepsWhatWasTyped() {
        long projectId = jdbc.sql("select id from project where code = 'GTQM-2013-RI-12'").query(Long.class).single();
        login("agent", Role.OFFICER);
        UI.getCurrent().navigate("projects/" + projectId);
        _click(_get(Button.class, spec -> spec.withId("update-log")));
        String typed = "Trois ateliers tenus à Puebla ; rapport en préparation.";
        _setValue(_get(TextArea.class, spec -> spec.withId("update-narrative")), typed);
        _setValue(_get(TextArea.class, spec -> spec.withId("update-next-steps")), "Envoyer le rapport.");

        jdbc.sql("SHUTDOWN").update();  // the server stops: every connection and every new one fails

        _click(_get(Button.class, spec -> spec.withId("update-submit")));

        assertThat(_get(Dialog.class, spec -> spec.withId("update-dialog")).isOpened()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("update-failure")).getText())
                .isEqualTo("La mise à jour n’a pas pu être enregistrée : la base de données ne répond pas. "
                        .replace(" :", "\u00a0:") + "Ce que vous avez saisi est conservé\u00a0; réessayez dans un instant.");
        assertThat(_get(TextArea.class, spec -> spec.withId("update-narrative")).getValue()).isEqualTo(typed);
        assertThat(_get(TextArea.class, spec -> spec.withId("update-next-steps")).getValue()).isEqualTo("Envoyer le rapport.");
    }
}
