package org.coopera.program;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Status updates and reminders.
 *
 * @param reportingInterval a project under way without an approved update for longer is overdue (default 90 days)
 * @param reminderCron      when the daily reminder job runs (default 06:00 every day)
 * @param reminderMail      whether the job also e-mails each officer their overdue projects (needs spring.mail.host)
 */
@ConfigurationProperties("coopera.status-updates")
public record StatusUpdateProperties(Duration reportingInterval, String reminderCron, boolean reminderMail) {

    public StatusUpdateProperties {
        if (reportingInterval == null) {
            reportingInterval = Duration.ofDays(90);
        }
        if (reminderCron == null || reminderCron.isBlank()) {
            reminderCron = "0 0 6 * * *";
        }
    }

    public int reportingIntervalDays() {
        return (int) reportingInterval.toDays();
    }
}
