package org.coopera.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
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

    /**
     * A date picker in the user's language: month and day names, first day of the week, ISO
     * typing format (shown as helper text) and a message for what does not parse.
     */
    public static void localize(DatePicker picker) {
        Locale locale = SupportedLocales.closest(picker.getLocale());
        picker.setLocale(locale);
        List<String> months = Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        // Vaadin lists weekdays from Sunday
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale))
                        .toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setDateFormat("yyyy-MM-dd")
                .setToday(picker.getTranslation("project.ui.date.today"))
                .setCancel(picker.getTranslation("action.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("project.ui.date.invalid")));
        picker.setHelperText(picker.getTranslation("project.ui.date.format"));
    }
}
