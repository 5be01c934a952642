package org.coopera.base.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts in Canadian dollars, as the user's language writes them ("12 500,00 $" or "$12,500.00"). */
public final class Amounts {

    private static final Currency CAD = Currency.getInstance("CAD");

    private Amounts() {
    }

    public static String cad(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(CAD);
        return format.format(value == null ? BigDecimal.ZERO : value);
    }
}
