package org.coopera.base.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.coopera.base.i18n.SupportedLocales;

/** Dates as the interface shows them: "19 juin 2013" / "June 19, 2013", "juin 1982" / "June 1982". */
public final class LocalizedDates {

    private LocalizedDates() {
    }

    /** The full date in the user's language; empty text for no date. */
    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(SupportedLocales.closest(locale)).format(date);
    }

    /** Month and year in the user's language; empty text for no date. */
    public static String monthYear(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("MMMM yyyy", SupportedLocales.closest(locale)).format(date);
    }
}
