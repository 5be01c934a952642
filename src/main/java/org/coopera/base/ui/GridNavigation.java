package org.coopera.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.util.Optional;
import java.util.function.Consumer;

/** Keyboard use of list grids: Enter on a focused row opens it, as a click does. */
public final class GridNavigation {

    private GridNavigation() {
    }

    public static <T> void openOnEnter(Grid<T> grid, Consumer<T> open) {
        String rowKey = "(event.composedPath().find(n => n.localName === 'tr' && n._item) || {_item: {key: ''}})._item.key";
        DomListenerRegistration enter = grid.getElement().addEventListener("keydown", event -> {
            var data = event.getEventData().get(rowKey);
            String key = data == null || data.isNull() ? null : data.asString();
            if (key != null && !key.isBlank()) {
                Optional.ofNullable(grid.getDataCommunicator().getKeyMapper().get(key)).ifPresent(open);
            }
        });
        enter.setFilter("event.key === 'Enter' && !element.hasAttribute('interacting')");
        enter.addEventData(rowKey);
    }
}
