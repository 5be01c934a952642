package org.coopera.base;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts in Canadian dollars, as the user's language writes them ("12 500,00 $" or "$12,500.00"). */
public final class Amounts {

    private static final Currency CAD = Currency.getInstance("CAD");

    private Amounts() {
    }

    /** A language without a country (a report asked for in "fr") is written as in Canada: "$", not "$CA". */
    public static String cad(BigDecimal value, Locale locale) {
        Locale canadian = locale.getCountry().isEmpty() ? Locale.of(locale.getLanguage(), "CA") : locale;
        NumberFormat format = NumberFormat.getCurrencyInstance(canadian);
        format.setCurrency(CAD);
        return format.format(value == null ? BigDecimal.ZERO : value);
    }
}
