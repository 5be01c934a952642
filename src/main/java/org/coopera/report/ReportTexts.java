package org.coopera.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.coopera.policy.MeasureStatus;
import org.coopera.policy.ReportStatus;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import org.springframework.context.MessageSource;

/**
 * The texts of one generated report in its language, for the templates: messages (i18n/report
 * and the shared labels of statuses, health and themes), dates ("19 juin 2013", "1er juin 2013" /
 * "June 19, 2013").
 */
public final class ReportTexts {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private final MessageSource messages;
    private final Locale locale;

    ReportTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public boolean english() {
        return ProgramReportData.english(locale);
    }

    public String t(String key) {
        return messages.getMessage(key, null, locale);
    }

    public String t(String key, Object arg) {
        return messages.getMessage(key, new Object[] {arg}, locale);
    }

    public String t(String key, Object first, Object second) {
        return messages.getMessage(key, new Object[] {first, second}, locale);
    }

    public String t(String key, Object first, Object second, Object third) {
        return messages.getMessage(key, new Object[] {first, second, third}, locale);
    }

    public String t(String key, Object first, Object second, Object third, Object fourth) {
        return messages.getMessage(key, new Object[] {first, second, third, fourth}, locale);
    }

    /** "19 juin 2013", "1er juin 2013", "June 19, 2013"; empty text for no date. */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (english()) {
            return ENGLISH.format(date);
        }
        return (date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth())) + " " + FRENCH.format(date);
    }

    public String status(ProjectStatus status) {
        return status == null ? "" : t("project.status." + status.name());
    }

    public String health(ProjectHealth health) {
        return health == null ? t("report.project.no-health") : t("project.health." + health.name());
    }

    /** A measure's status in the year; "not reported" for none. */
    public String measureStatus(MeasureStatus status) {
        return t("policy.status." + (status == null ? "none" : status.name()));
    }

    public String reportStatus(ReportStatus status) {
        return status == null ? "" : t("policy.report.status." + status.name());
    }

    public String theme(Theme theme) {
        return t("theme." + theme.name());
    }

    /** An amount in Canadian dollars as the report's language writes it. */
    public String money(java.math.BigDecimal amount) {
        return org.coopera.base.Amounts.cad(amount, locale());
    }

    /** "2013-2014": the fiscal year that begins on 1 April 2013. */
    public String fiscalYear(Integer year) {
        return org.coopera.program.FundingLine.fiscalYearLabel(year);
    }

    /** "40 %" / "40%"; empty text for none. */
    public String percent(Integer value) {
        return value == null ? "" : t("report.percent", value);
    }
}
