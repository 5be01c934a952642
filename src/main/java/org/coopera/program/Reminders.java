package org.coopera.program;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.coopera.base.i18n.SupportedLocales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminder job: finds the projects under way without an approved update within the
 * reporting interval, keeps that list for the officers' and managers' screens and, when
 * configured, e-mails each officer how many of their projects are overdue. ShedLock's row in the
 * database makes one node run it when several run the application.
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final StatusUpdateQueries queries;
    private final StatusUpdateProperties properties;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final Clock clock;

    Reminders(StatusUpdateQueries queries, StatusUpdateProperties properties, TransactionTemplate transaction,
              ObjectProvider<JavaMailSender> mail, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.properties = properties;
        this.transaction = transaction;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * At start-up the list is computed again (a node started after 06:00 would otherwise show
     * yesterday's list all day), without e-mails: those go once a day, from the scheduled run.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        recompute();
    }

    @Scheduled(cron = "${coopera.status-updates.reminder-cron:0 0 6 * * *}")
    @SchedulerLock(name = "status-update-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT10S")
    public void run() {
        remindNow();
    }

    /** What the job does, without its lock. */
    int remindNow() {
        int overdue = recompute();
        log.info("Reminders: {} projects without an approved update for {} days", overdue,
                properties.reportingIntervalDays());
        if (properties.reminderMail()) {
            sendMail();
        }
        return overdue;
    }

    int recompute() {
        LocalDate before = properties.overdueBefore(clock);
        Integer count = transaction.execute(status -> queries.recomputeOverdue(before, LocalDateTime.now(clock)));
        return count == null ? 0 : count;
    }

    private void sendMail() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("coopera.status-updates.reminder-mail is on but no mail server is configured (spring.mail.host)");
            return;
        }
        for (var officer : queries.officersWithOverdue()) {
            Locale locale = SupportedLocales.closest(officer.locale() == null ? null : Locale.forLanguageTag(officer.locale()));
            var message = new SimpleMailMessage();
            message.setTo(officer.email());
            message.setSubject(messages.getMessage("update.reminder.mail.subject", new Object[] {officer.overdue()}, locale));
            message.setText(messages.getMessage("update.reminder.mail.body",
                    new Object[] {officer.displayName(), officer.overdue(), properties.reportingIntervalDays()}, locale));
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn("Reminder to {} not sent: {}", officer.username(), e.getMessage());
            }
        }
    }
}
