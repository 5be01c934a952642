package org.coopera.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Supplier;
import org.coopera.base.HistoryEntry;

/**
 * Who changed a record, when and what: one row per revision, newest first, with each changed
 * field's value before and after. Reusable for any audited record: give it the feature service's
 * history call and the message-key prefix of the record's field names.
 */
public class HistoryPanel extends VerticalLayout {

    /** Times are shown in Québec's time zone. */
    public static final ZoneId ZONE = ZoneId.of("America/Toronto");

    private final Grid<HistoryEntry> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Supplier<List<HistoryEntry>> source;

    public HistoryPanel(Supplier<List<HistoryEntry>> source, String fieldKeyPrefix) {
        this.source = source;
        addClassName("history-panel");
        setPadding(false);
        var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(entry -> formatter.format(entry.at().atZone(ZONE)))
                .setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryEntry::author).setHeader(getTranslation("history.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> getTranslation("history.kind." + entry.kind().name()))
                .setHeader(getTranslation("history.what")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(entry -> changes(entry, fieldKeyPrefix)).setHeader(getTranslation("history.changes"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("history.title"));
        empty.setText(getTranslation("history.empty"));
        add(empty, grid);
        refresh();
    }

    /** Reads the history again (after a save). */
    public final void refresh() {
        List<HistoryEntry> entries = source.get();
        grid.setItems(entries);  // one record's revisions, at most HistoryService.MAX_REVISIONS
        empty.setVisible(entries.isEmpty());
        grid.setVisible(!entries.isEmpty());
    }

    private Div changes(HistoryEntry entry, String prefix) {
        var list = new Div();
        list.addClassName("history-changes");
        for (HistoryEntry.FieldChange change : entry.changes()) {
            String before = change.before() == null ? "—" : change.before();
            String after = change.after() == null ? "—" : change.after();
            String field = getTranslation(prefix + change.field());
            String text = entry.kind() == HistoryEntry.Kind.CREATED
                    ? getTranslation("history.change.set", field, after)
                    : getTranslation("history.change.modified", field, before, after);
            list.add(new Div(new Span(text)));
        }
        return list;
    }

    /**
     * Opens the history of one record in a dialog with a close button.
     *
     * @param dialogId the dialog's id; its close button gets the same id ending in "-close"
     */
    public static Dialog openDialog(String dialogId, String title, Supplier<List<HistoryEntry>> source,
                                    String fieldKeyPrefix) {
        var dialog = new Dialog();
        dialog.setId(dialogId);
        dialog.setHeaderTitle(title);
        dialog.setWidth("min(56rem, 95vw)");
        dialog.add(new HistoryPanel(source, fieldKeyPrefix));
        var close = new Button(dialog.getTranslation("action.close"), click -> dialog.close());
        close.setId(dialogId.replaceFirst("-dialog$", "") + "-close");
        dialog.getFooter().add(close);
        dialog.open();
        return dialog;
    }
}
