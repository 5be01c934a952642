package org.coopera.base.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A filter bar's fields kept in its view's address, written once for every filtered list: each field is
 * bound to a query parameter, with how its value is written and how it is read back (leniently, see
 * {@link UrlFilters}). When the user changes a field, the listeners run (the view refreshes) and the
 * address is replaced; fields set from the address, reset or changed together ({@link #change}) do not
 * fire one by one.
 */
public final class UrlFilterFields {

    private record Binding<V>(String parameter, HasValue<?, V> field, Function<V, ?> write,
                              Function<Map<String, String>, V> read) {

        void put(Map<String, String> values) {
            V value = field.getValue();
            UrlFilters.put(values, parameter, value == null ? null : write.apply(value));
        }

        void read(Map<String, String> params) {
            if (read != null) {
                field.setValue(read.apply(params));
            }
        }
    }

    private final String route;
    private final List<Binding<?>> bindings = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean restoring;

    /** @param route the view's route, the address the parameters are written to */
    public UrlFilterFields(String route) {
        this.route = route;
    }

    /**
     * Binds a field to a parameter.
     *
     * @param write what the parameter says for a value (null leaves the parameter out)
     * @param read  the value for the parameter's first value (null when it is missing); null for a field the
     *              view sets itself from the address
     */
    public <V> UrlFilterFields bind(String parameter, HasValue<?, V> field, Function<V, ?> write,
                                    Function<String, V> read) {
        return bindAll(parameter, field, write, read == null ? null : params -> read.apply(params.get(parameter)));
    }

    /** Binds a field whose value is read from every parameter (one that follows from another). */
    public <V> UrlFilterFields bindAll(String parameter, HasValue<?, V> field, Function<V, ?> write,
                                       Function<Map<String, String>, V> read) {
        bindings.add(new Binding<>(parameter, field, write, read));
        field.addValueChangeListener(change -> {
            if (!restoring) {
                changed();
            }
        });
        return this;
    }

    /** Runs when the filters change (before the address is written), not when they are read from it. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /** True while fields are set from the address or together, so that they do not fire one by one. */
    public boolean isRestoring() {
        return restoring;
    }

    /** The address's query parameters for the current values (only the ones set), in binding order. */
    public QueryParameters queryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        bindings.forEach(binding -> binding.put(values));
        return QueryParameters.simple(values);
    }

    /** Sets the fields from the address, quietly (a view refreshes once afterwards); returns the parameters. */
    public Map<String, String> read(Location location) {
        Map<String, String> params = UrlFilters.firstValues(location);
        quietly(() -> bindings.forEach(binding -> binding.read(params)));
        return params;
    }

    /** Clears every field, then fires once. */
    public void reset() {
        change(() -> bindings.forEach(binding -> binding.field().clear()));
    }

    /** Sets several fields (a drill-down), then fires once. */
    public void change(Runnable change) {
        quietly(change);
        changed();
    }

    /** Sets fields without firing. */
    public void quietly(Runnable change) {
        boolean before = restoring;
        restoring = true;
        try {
            change.run();
        } finally {
            restoring = before;
        }
    }

    private void changed() {
        listeners.forEach(Runnable::run);
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(route, queryParameters()));
    }
}
