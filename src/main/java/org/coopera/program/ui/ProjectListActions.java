package org.coopera.program.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.coopera.base.export.ExportFormat;
import org.coopera.base.ui.RecordPage;
import org.coopera.base.ui.RecordSections;
import org.coopera.program.ProjectBatchService;
import org.coopera.program.ProjectFilter;

/** The project list's actions: those other features add (import), then export of the list as filtered. */
final class ProjectListActions extends HorizontalLayout {

    /** What the export links write: the filters of the list as shown, and the same filters in words. */
    private record ExportRequest(ProjectFilter filter, List<String> lines) {
    }

    private volatile ExportRequest exportRequest = new ExportRequest(ProjectFilter.none(), List.of());

    ProjectListActions(RecordSections contributions, ProjectBatchService batch) {
        setId("project-actions");
        setWrap(true);
        // what other features add to the list (the import, from the exchange feature)
        contributions.actions(RecordPage.PROJECT_LIST, 0).forEach(this::add);
        for (ExportFormat format : ExportFormat.values()) {
            Locale locale = getLocale();
            var link = new Anchor(DownloadHandler.fromInputStream(event -> {
                // the download request runs outside the UI lock: it reads the filters as last shown
                ExportRequest request = exportRequest;
                byte[] bytes = format.toBytes(List.of(ProjectListExport.table(batch, request.filter(), request.lines(),
                        locale, (key, args) -> getTranslation(locale, key, args == null ? new Object[0] : args))), locale);
                return new DownloadResponse(new ByteArrayInputStream(bytes),
                        format.fileName(getTranslation(locale, "exchange.export.file-name"), LocalDate.now()),
                        format.mediaType(), bytes.length);
            }), AttachmentType.DOWNLOAD, getTranslation("exchange.export." + format.extension()));
            link.setId("project-export-" + format.extension());
            link.getElement().setAttribute("role", "button");
            link.addClassName("project-export");
            add(link);
        }
    }

    /** Keeps the export's filters in step with the list (called whenever the filters change). */
    void exportFilters(ProjectFilter filter, List<String> lines) {
        exportRequest = new ExportRequest(filter, List.copyOf(lines));
    }

    /** The filters in words, as the export states them. */
    List<String> exportFilterLines() {
        return exportRequest.lines();
    }
}
