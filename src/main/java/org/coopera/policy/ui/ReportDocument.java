package org.coopera.policy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Consumer;
import org.coopera.base.files.FileKind;
import org.coopera.base.files.StoredFileService;
import org.coopera.base.files.UploadedFile;
import org.coopera.base.ui.FileLinks;
import org.coopera.base.ui.FileUploadField;
import org.coopera.base.ui.Notifications;
import org.coopera.policy.ProgressReportRecord;
import org.coopera.policy.ProgressReportService;

/** A report's document (a link to download it), and while the report is editable, the upload that attaches one. */
class ReportDocument extends Div {

    /**
     * @param mayAttach whether the upload is offered (an editor, a report still editable)
     * @param onAttach  attaches the chosen file
     */
    ReportDocument(ProgressReportService reports, StoredFileService files, ProgressReportRecord report,
                   boolean mayAttach, Consumer<UploadedFile> onAttach) {
        setId("report-document");
        reports.document(report.id()).ifPresentOrElse(
                file -> add(new Span(getTranslation("policy.ui.report.document") + " "),
                        FileLinks.download(file, id -> reports.loadDocument(report.id()))),
                () -> add(new Span(getTranslation("policy.ui.report.document.none"))));
        if (mayAttach) {
            var upload = new FileUploadField(getTranslation("policy.ui.report.document.upload"), files,
                    FileKind.DOCUMENT, 1);
            upload.setId("report-upload");
            var attach = new Button(getTranslation("policy.ui.report.document.attach"), VaadinIcon.PAPERCLIP.create());
            attach.setId("report-attach");
            attach.addClickListener(click -> {
                List<UploadedFile> pending = upload.getFiles();
                if (pending.isEmpty()) {
                    Notifications.error(getTranslation("policy.ui.report.document.choose"));
                } else {
                    onAttach.accept(pending.getFirst());
                }
            });
            add(new Div(upload, attach));
        }
    }
}
