package org.coopera.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * How a grid shares its width: the column that names the row (a title) takes the room left, codes,
 * dates and statuses keep the width of their content, secondary text columns share what is left and
 * show their whole text in a tooltip, and the secondary columns leave on a narrow screen.
 */
public final class GridColumns {

    /** Below this window width (px) a grid shows only its essential columns. */
    public static final int NARROW_WIDTH = 700;

    private GridColumns() {
    }

    /** The column that names the row: it grows three times as fast as the others and starts wide. */
    public static <T> Grid.Column<T> title(Grid.Column<T> column) {
        return column.setAutoWidth(false).setWidth("16rem").setFlexGrow(3);
    }

    /** A code, a date, a count or a status: as wide as its content, never growing. */
    public static <T> Grid.Column<T> narrow(Grid.Column<T> column) {
        return column.setAutoWidth(true).setFlexGrow(0);
    }

    /**
     * Adds a secondary text column (an organisation, a partner): a modest share of the width, its text on
     * one line cut with an ellipsis even in a grid that wraps its cells, the whole text as tooltip.
     */
    public static <T> Grid.Column<T> secondary(Grid<T> grid, SerializableFunction<T, String> text) {
        SerializableFunction<T, String> value = item -> {
            String found = text.apply(item);
            return found == null ? "" : found;
        };
        Grid.Column<T> column = grid.addColumn(LitRenderer.<T>of("<span class=\"cell-truncate\">${item.text}</span>")
                .withProperty("text", value::apply));
        column.setAutoWidth(false).setWidth("10rem").setFlexGrow(1).setTooltipGenerator(value);
        return column;
    }

    /**
     * Hides the given columns while the browser window is narrower than {@link #NARROW_WIDTH} px, and
     * shows them again when it widens (read when the grid is attached, then at each resize).
     */
    @SafeVarargs
    public static <T> void hideWhenNarrow(Grid<T> grid, Grid.Column<T>... columns) {
        List<Grid.Column<T>> hidden = List.of(columns);
        Registration[] resize = new Registration[1];
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            var details = ui.getPage().getExtendedClientDetails();
            int width = details == null ? 0 : details.getWindowInnerWidth();
            if (width > 0) {  // unknown until the browser has told it: all columns meanwhile
                show(hidden, width);
            }
            resize[0] = ui.getPage().addBrowserWindowResizeListener(event -> show(hidden, event.getWidth()));
        });
        grid.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
            }
        });
    }

    private static <T> void show(List<Grid.Column<T>> columns, int windowWidth) {
        columns.forEach(column -> column.setVisible(windowWidth >= NARROW_WIDTH));
    }

    /** What the grid shows when it has no row: what is missing and what to do next. */
    public static void emptyState(Grid<?> grid, String titleKey, String hintKey) {
        grid.setEmptyStateComponent(EmptyState.of(grid, titleKey, hintKey));
    }
}
