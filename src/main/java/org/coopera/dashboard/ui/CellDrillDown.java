package org.coopera.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.util.Optional;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/**
 * A figure table whose cells drill down, by mouse and by keyboard alike: a click on a cell, or Enter or
 * Space on the focused cell (Tab reaches the table, the arrow keys move between cells), calls the action
 * with the row and the column key of that cell. The tables select nothing (Space would otherwise select
 * a row).
 */
final class CellDrillDown {

    /** The keys that drill down, on a body cell that is not in interaction mode. */
    static final String KEYS = "(event.key === 'Enter' || event.key === ' ') && !element.hasAttribute('interacting')";
    /** The key of the focused cell's row ('' outside the body), from the grid's own event context. */
    static final String ROW_KEY = "((element.getEventContext(event) || {}).item || {key: ''}).key";
    /** The internal id of the focused cell's column (the id Flow gives each column). */
    static final String COLUMN_ID = "((element.getEventContext(event) || {}).column || {})._flowId || ''";

    private CellDrillDown() {
    }

    static <T> void on(Grid<T> grid, BiConsumer<T, String> action) {
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addItemClickListener(click -> action.accept(click.getItem(),
                click.getColumn() == null ? null : click.getColumn().getKey()));
        DomListenerRegistration keys = grid.getElement().addEventListener("keydown", key -> {
            String rowKey = text(key.getEventData().get(ROW_KEY));
            String columnId = text(key.getEventData().get(COLUMN_ID));
            T item = rowKey.isEmpty() ? null : grid.getDataCommunicator().getKeyMapper().get(rowKey);
            if (item != null) {
                String columnKey = grid.getColumns().stream()
                        .filter(c -> !columnId.isEmpty() && columnId.equals(c.getElement().getProperty("_flowId")))
                        .findFirst().map(Grid.Column::getKey).orElse(null);
                action.accept(item, columnKey);
            }
        });
        keys.setFilter(KEYS);  // no preventDefault: it would apply to every key (arrows, Tab); the grid keeps Space
        keys.addEventData(ROW_KEY);
        keys.addEventData(COLUMN_ID);
    }

    private static String text(JsonNode value) {
        return Optional.ofNullable(value).filter(v -> !v.isNull()).map(JsonNode::asString).orElse("");
    }
}
