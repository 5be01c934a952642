package org.coopera.program;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.coopera.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * With e-mail on, the daily job writes to each officer who follows overdue projects, in the
 * officer's language, through a real SMTP exchange (GreenMail).
 */
@Tag(IntegrationTest.OWN_JVM)
@SpringBootTest(properties = {
        "coopera.embedded-db.database=coopera_reminder_mail",
        "coopera.status-updates.reminder-mail=true",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=3025"})
@ActiveProfiles("test")
class ReminderMailIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    Reminders reminders;

    @Test
    void theOfficerGetsTheOverdueCountInFrench() throws Exception {
        assertThat(smtp.getReceivedMessages()).as("the start-up run recomputes the list and sends nothing").isEmpty();
        reminders.remindNow();

        MimeMessage[] received = smtp.getReceivedMessages();
        MimeMessage toAgent = Arrays.stream(received).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("agent@coopera.example");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).findFirst().orElseThrow();
        assertThat(toAgent.getSubject()).matches("Coopera\u00a0: \\d+ projet\\(s\\) sans mise à jour approuvée récente");
        assertThat(GreenMailUtil.getBody(toAgent)).contains("Chlo").contains("90");
        assertThat(received).as("only officers with overdue projects are written to")
                .allSatisfy(m -> assertThat(m.getAllRecipients()[0].toString()).isNotEqualTo("lecteur@coopera.example"));
    }
}
