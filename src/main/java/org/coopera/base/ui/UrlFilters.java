package org.coopera.base.ui;

import com.vaadin.flow.router.Location;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Filters kept in a view's address ({@code /projects?status=IMPLEMENTATION&sector=3}): writing the ones
 * set, and reading them back leniently, because an address may have been edited by hand (a value that
 * does not parse is ignored, not an error).
 */
public final class UrlFilters {

    private UrlFilters() {
    }

    /** Each query parameter's first value; parameters without a value are left out. */
    public static Map<String, String> firstValues(Location location) {
        return location.getQueryParameters().getParameters().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getFirst()));
    }

    /** Adds the parameter when it has a value. */
    public static void put(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
    }

    /** The value as a whole number, or empty when it is missing or not a number. */
    public static Optional<Long> number(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The enum constant of that name (any case), or null when it is missing or unknown. */
    public static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
