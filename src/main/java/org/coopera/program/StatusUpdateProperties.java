package org.coopera.program;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Status updates and reminders.
 *
 * @param reportingInterval a project under way without an approved update for longer is overdue (default 90 days)
 * @param reminderCron      when the daily reminder job runs (default 06:00 every day)
 * @param reminderMail      whether the job also e-mails each officer their overdue projects (needs spring.mail.host)
 * @param asOf              the day "overdue" is reckoned from, when set (the demo data: 2014-12-01, within the
 *                          2013-2015 programme, so that its lists look as they did then); unset: today
 */
@ConfigurationProperties("coopera.status-updates")
public record StatusUpdateProperties(Duration reportingInterval, String reminderCron, boolean reminderMail,
                                     LocalDate asOf) {

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

    /** The day before which a project's latest approved update is too old: the reporting interval before {@code asOf} or today. */
    public LocalDate overdueBefore(Clock clock) {
        return (asOf == null ? LocalDate.now(clock) : asOf).minusDays(reportingIntervalDays());
    }
}
