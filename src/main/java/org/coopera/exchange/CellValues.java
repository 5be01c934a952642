package org.coopera.exchange;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the values people type in spreadsheets: dates, amounts and names compared loosely. */
final class CellValues {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?");

    private CellValues() {
    }

    /** 2013-06-19 (ISO, as the template asks) or 19/06/2013 (day first, as in Québec and France). */
    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text, ISO));
        } catch (DateTimeException e) {
            Matcher m = DAY_MONTH_YEAR.matcher(text);
            if (m.matches()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(1))));
                } catch (DateTimeException invalid) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }
    }

    /**
     * An amount in dollars: "250000", "250 000", "250 000,50" (French), "250,000.50" (English),
     * with an optional "$" or "CAD". With a single comma and no period the comma is the decimal
     * separator (French first).
     */
    static Optional<BigDecimal> amount(String text) {
        String s = text.replaceAll("(?i)\\s*(\\$|cad)\\s*", "").replaceAll("[\\s\u00A0\u202F']", "");
        if (s.contains(",") && s.contains(".")) {
            s = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (s.indexOf(',') >= 0 && s.indexOf(',') == s.lastIndexOf(',')) {
            s = s.replace(',', '.');
        }
        if (!AMOUNT.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s));
    }

    /** Lower case, accents, punctuation and spaces removed: "Égalité F-H" → "egalitefh". */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * A list cell: "a; b" or one per line; with {@code commas}, also "a, b" when no semicolon is used
     * (not for organisation names, which may hold commas).
     */
    static java.util.List<String> list(String text, boolean commas) {
        String separator = !commas || text.contains(";") || text.contains("\n") ? "[;\\n]" : ",";
        return java.util.Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
