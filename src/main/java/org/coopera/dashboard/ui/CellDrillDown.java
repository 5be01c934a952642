package org.coopera.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.util.function.BiConsumer;

/**
 * A figure table whose cells drill down, by mouse and by keyboard alike: a click on a cell, or Enter or
 * Space on the focused cell (the grid's arrow keys move between cells), calls the action with the row
 * and the column key of that cell. The tables select nothing (Space would otherwise select a row).
 */
final class CellDrillDown {

    /** The keys that drill down, on a body cell that is not in interaction mode. */
    static final String KEYS = "(event.key === 'Enter' || event.key === ' ') && !element.hasAttribute('interacting')";

    private CellDrillDown() {
    }

    static <T> void on(Grid<T> grid, BiConsumer<T, String> action) {
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addItemClickListener(click -> action.accept(click.getItem(),
                click.getColumn() == null ? null : click.getColumn().getKey()));
        var focused = new Object() {
            T item;
            String column;
        };
        grid.addCellFocusListener(focus -> {
            focused.item = focus.getItem().orElse(null);  // none in the header
            focused.column = focus.getColumn().map(Grid.Column::getKey).orElse(null);
        });
        DomListenerRegistration keys = grid.getElement().addEventListener("keydown", key -> {
            if (focused.item != null) {
                action.accept(focused.item, focused.column);
            }
        });
        keys.setFilter(KEYS);  // no preventDefault: it would apply to every key (arrows, Tab); the grid keeps Space
    }
}
