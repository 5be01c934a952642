package org.coopera.bulletin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.coopera.base.BusinessException;
import org.coopera.base.files.StoredFileService;
import org.coopera.base.ui.BoundedUploadHandler;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.bulletin.BulletinLink;
import org.coopera.bulletin.BulletinService;
import org.coopera.bulletin.BulletinSubject;
import org.coopera.bulletin.BulletinTextParser;
import org.coopera.bulletin.ImportedBulletin;
import org.coopera.bulletin.SafeMarkdown;

/**
 * Import of a bulletin in plain text (pasted, or a .txt file): Coopera reads it, shows a preview
 * and the subjects it recognised; the editor ticks the right ones and continues in the editor,
 * where Save is the only thing that stores anything.
 */
class BulletinImportDialog extends Dialog {

    /** Largest text file accepted (bytes). */
    static final int MAX_BYTES = 1024 * 1024;

    final TextArea text = new TextArea();
    final Upload upload = new Upload();
    final Button read = new Button();
    final Span error = new Span();
    final Div preview = new Div();
    final CheckboxGroup<ImportedBulletin.SubjectProposal> proposals = new CheckboxGroup<>();
    final Button next = new Button();

    private final BulletinService bulletins;
    private final StoredFileService files;
    private final Consumer<BulletinEditorDialog.Edit> create;
    private ImportedBulletin imported;

    /** @param create stores the bulletin written in the editor that the import continues in */
    BulletinImportDialog(BulletinService bulletins, StoredFileService files, Consumer<BulletinEditorDialog.Edit> create) {
        this.bulletins = bulletins;
        this.files = files;
        this.create = create;
        setId("bulletin-import");
        setHeaderTitle(getTranslation("bulletin.import.title"));
        setWidth("min(60rem, 100vw)");

        text.setLabel(getTranslation("bulletin.import.text"));
        text.setId("bulletin-import-text");
        text.setWidthFull();
        text.setMinHeight("12rem");
        text.setMaxLength(BulletinTextParser.MAX_LENGTH);

        upload.setId("bulletin-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("text/plain", ".txt");
        // read with a bound as it arrives, never buffered whole first (UploadHandler.inMemory would)
        new BoundedUploadHandler(MAX_BYTES, (event, name, bytes) -> event.getUI().access(() -> receive(name, bytes)),
                error::setText).on(upload);
        upload.addFileRejectedListener(e -> error.setText(e.getErrorMessage()));
        var uploadLabel = new Paragraph(getTranslation("bulletin.import.upload"));

        read.setText(getTranslation("bulletin.import.read"));
        read.setId("bulletin-import-read");
        read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        read.addClickListener(e -> read());

        error.setId("bulletin-import-error");
        error.getElement().setAttribute("role", "alert");
        error.addClassName("form-error");

        preview.setId("bulletin-import-preview");
        proposals.setId("bulletin-import-proposals");
        proposals.setLabel(getTranslation("bulletin.import.proposals"));
        proposals.setItemLabelGenerator(p -> getTranslation("bulletin.subject-type." + p.subject().subject().subjectType().name())
                + " — " + p.subject().label() + " (" + getTranslation(p.reasonKey(), p.evidence()) + ")");

        next.setText(getTranslation("bulletin.import.continue"));
        next.setId("bulletin-import-continue");
        next.setEnabled(false);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> continueInEditor());

        add(new Paragraph(getTranslation("bulletin.import.nothing-stored")), text, uploadLabel, upload, read, error,
                preview);
        getFooter().add(new Button(getTranslation("bulletin.cancel"), e -> close()), next);
    }

    void receive(String fileName, byte[] bytes) {
        try {
            String content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (content.indexOf('\0') >= 0) {
                throw new CharacterCodingException();
            }
            text.setValue(content);
            read();
        } catch (CharacterCodingException e) {
            error.setText(getTranslation("bulletin.import.not-text", fileName));
        }
    }

    void read() {
        preview.removeAll();
        imported = null;
        next.setEnabled(false);
        error.setText("");
        try {
            imported = bulletins.parse(text.getValue());
        } catch (BusinessException e) {
            error.setText(getTranslation(e.messageKey(), e.arguments()));
            return;
        }
        var draft = imported.draft();
        preview.add(new H3(getTranslation("bulletin.import.preview")));
        var heading = new H4(draft.title());
        heading.setId("bulletin-import-title");
        preview.add(heading, new Paragraph(LocalizedDates.date(draft.date(), getLocale())));
        if (draft.photoCaption() != null) {
            preview.add(new Paragraph(draft.photoCaption()
                    + (draft.photoCredit() == null ? "" : " (" + getTranslation("bulletin.photo-credit", draft.photoCredit()) + ")")));
        }
        var body = new Div();
        body.addClassName("bulletin-body");
        body.getElement().setProperty("innerHTML", SafeMarkdown.toHtml(draft.body()));
        preview.add(body);
        if (!draft.links().isEmpty()) {
            var list = new UnorderedList();
            for (BulletinLink link : draft.links()) {
                list.add(new ListItem(link.label() + (link.url().isEmpty() ? "" : " — " + link.url())));
            }
            preview.add(new H4(getTranslation("bulletin.links")), list);
        }
        if (!imported.documentLabels().isEmpty()) {
            var list = new UnorderedList();
            imported.documentLabels().forEach(label -> list.add(new ListItem(label)));
            preview.add(new H4(getTranslation("bulletin.import.documents")), list);
        }
        proposals.setItems(imported.proposals());
        Set<ImportedBulletin.SubjectProposal> likely = new LinkedHashSet<>();
        imported.proposals().stream().filter(p -> !p.reasonKey().equals("bulletin.import.reason.country"))
                .forEach(likely::add);
        proposals.setValue(likely);
        if (imported.proposals().isEmpty()) {
            preview.add(new Paragraph(getTranslation("bulletin.import.no-proposals")));
        } else {
            preview.add(proposals);
        }
        next.setEnabled(true);
    }

    void continueInEditor() {
        if (imported == null) {
            return;
        }
        Set<BulletinSubject> chosen = new LinkedHashSet<>();
        proposals.getValue().forEach(p -> chosen.add(p.subject().subject()));
        close();
        new BulletinEditorDialog(bulletins, files, null, imported.draft().withSubjects(chosen), imported.documentLabels(),
                create, () -> { }).open();
    }
}
