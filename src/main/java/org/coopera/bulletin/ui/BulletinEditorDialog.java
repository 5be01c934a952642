package org.coopera.bulletin.ui;

import org.coopera.base.ui.SearchFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.coopera.base.BusinessException;
import org.coopera.base.files.FileKind;
import org.coopera.base.files.StoredFileService;
import org.coopera.base.ui.FileUploadField;
import org.coopera.base.ui.Saves;
import org.coopera.base.files.UploadedFile;
import org.coopera.bulletin.BulletinDraft;
import org.coopera.bulletin.BulletinLink;
import org.coopera.bulletin.BulletinRecord;
import org.coopera.bulletin.BulletinService;
import org.coopera.bulletin.BulletinStatus;
import org.coopera.bulletin.BulletinSubject;
import org.coopera.bulletin.PhotoChange;
import org.coopera.bulletin.SubjectSummary;

/**
 * Writes or corrects a bulletin. Opened empty, on an existing bulletin, or on a draft read by the
 * import (with the labels of the documents the text announces). Nothing is stored before Save.
 */
class BulletinEditorDialog extends Dialog {

    final DatePicker date = new DatePicker();
    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final Select<String> language = new Select<>();
    final Select<BulletinStatus> status = new Select<>();
    final TextField caption = new TextField();
    final TextField credit = new TextField();
    final FileUploadField photo;
    final Checkbox removePhoto = new Checkbox();
    final TextArea links = new TextArea();
    final List<Checkbox> keptDocuments = new ArrayList<>();
    final FileUploadField documents;
    final MultiSelectComboBox<SubjectSummary> subjects = new MultiSelectComboBox<>();
    final Span error = new Span();
    final Button save = new Button();

    /** What the editor saves: the bulletin's text, links, documents and subjects, and what happens to its photo. */
    record Edit(BulletinDraft draft, PhotoChange photo) {
    }

    private final BulletinService bulletins;
    private final List<String> announcedDocuments;
    private final Consumer<Edit> onSave;
    private final Runnable reload;

    /**
     * @param existing           the bulletin to correct, or null for a new one
     * @param draft              an imported draft to start from (new bulletin only), or null
     * @param announcedDocuments labels for the documents to upload, in order (from the import)
     * @param onSave             stores the bulletin; a refusal keeps the editor open with its message
     * @param reload             what reloading means after someone else changed the bulletin meanwhile
     */
    BulletinEditorDialog(BulletinService bulletins, StoredFileService files, BulletinRecord existing,
                         BulletinDraft draft, List<String> announcedDocuments, Consumer<Edit> onSave, Runnable reload) {
        this.bulletins = bulletins;
        this.announcedDocuments = List.copyOf(announcedDocuments);
        this.onSave = onSave;
        this.reload = reload;
        setId("bulletin-editor");
        setHeaderTitle(getTranslation(existing == null ? "bulletin.editor.new" : "bulletin.editor.edit"));
        setWidth("min(60rem, 100vw)");

        date.setLabel(getTranslation("bulletin.field.date"));
        date.setLocale(getLocale());
        date.setRequiredIndicatorVisible(true);
        title.setLabel(getTranslation("bulletin.field.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(500);
        body.setLabel(getTranslation("bulletin.field.body"));
        body.setMinHeight("12rem");
        language.setLabel(getTranslation("bulletin.field.language"));
        language.setItems("fr", "en");
        language.setItemLabelGenerator(l -> getTranslation("bulletin.language." + l));
        status.setLabel(getTranslation("bulletin.field.status"));
        status.setItems(BulletinStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("bulletin.status." + s.name()));
        caption.setLabel(getTranslation("bulletin.field.caption"));
        caption.setMaxLength(1000);
        credit.setLabel(getTranslation("bulletin.field.credit"));
        credit.setMaxLength(255);
        photo = new FileUploadField(getTranslation("bulletin.field.photo"), files, FileKind.IMAGE, 1);
        removePhoto.setLabel(getTranslation("bulletin.field.remove-photo"));
        removePhoto.setVisible(existing != null && existing.photo() != null);
        links.setLabel(getTranslation("bulletin.field.links"));
        documents = new FileUploadField(getTranslation("bulletin.field.documents"), files, FileKind.DOCUMENT, 10);
        subjects.setLabel(getTranslation("bulletin.field.subjects"));
        subjects.setItemLabelGenerator(s -> getTranslation("bulletin.subject-type." + s.subject().subjectType().name())
                + " — " + s.label());
        subjects.setItems(SearchFields.fetch(query -> bulletins.subjectOptions(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream()));
        error.setId("bulletin-editor-error");
        error.getElement().setAttribute("role", "alert");
        error.addClassName("form-error");

        var form = new FormLayout(date, language, status, title, body, caption, credit, photo, removePhoto, links);
        form.setColspan(title, 2);
        form.setColspan(body, 2);
        form.setColspan(links, 2);
        var kept = new Div();
        if (existing != null) {
            for (BulletinRecord.BulletinDocument document : existing.documents()) {
                var keep = new Checkbox(getTranslation("bulletin.field.keep-document", document.label()), true);
                keep.getElement().setProperty("fileId", document.file().id());
                keep.getElement().setProperty("documentLabel", document.label());
                keptDocuments.add(keep);
                kept.add(keep);
            }
        }
        form.add(kept, documents, subjects);
        form.setColspan(subjects, 2);
        add(form, error);

        fill(existing, draft);

        save.setText(getTranslation("bulletin.save"));
        save.setId("bulletin-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        var cancel = new Button(getTranslation("bulletin.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void fill(BulletinRecord record, BulletinDraft draft) {
        if (record != null) {
            date.setValue(record.date());
            title.setValue(record.title());
            body.setValue(record.body());
            language.setValue(record.language());
            status.setValue(record.status());
            caption.setValue(nullToEmpty(record.photoCaption()));
            credit.setValue(nullToEmpty(record.photoCredit()));
            links.setValue(linesOf(record.links()));
            subjects.setValue(new LinkedHashSet<>(record.subjects()));
        } else if (draft != null) {
            date.setValue(draft.date());
            title.setValue(nullToEmpty(draft.title()));
            body.setValue(nullToEmpty(draft.body()));
            language.setValue(draft.language());
            status.setValue(draft.status());
            caption.setValue(nullToEmpty(draft.photoCaption()));
            credit.setValue(nullToEmpty(draft.photoCredit()));
            links.setValue(linesOf(draft.links()));
            subjects.setValue(new LinkedHashSet<>(bulletins.subjectLabels(draft.subjects())));
        } else {
            date.setValue(LocalDate.now());
            language.setValue("fr");
            status.setValue(BulletinStatus.DRAFT);
        }
    }

    private static String linesOf(List<BulletinLink> list) {
        StringBuilder text = new StringBuilder();
        for (BulletinLink link : list) {
            text.append(link.label()).append(" | ").append(nullToEmpty(link.url())).append('\n');
        }
        return text.toString().strip();
    }

    /** "label | address" per line; a line without a bar is refused. */
    private List<BulletinLink> links() {
        List<BulletinLink> result = new ArrayList<>();
        for (String line : links.getValue().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            if (bar < 0) {
                throw new BusinessException("bulletin.link.invalid-line", line.strip());
            }
            result.add(new BulletinLink(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
        }
        return result;
    }

    BulletinDraft draft() {
        List<BulletinDraft.DocumentDraft> docs = new ArrayList<>();
        for (Checkbox keep : keptDocuments) {
            if (keep.getValue()) {
                docs.add(BulletinDraft.DocumentDraft.kept(Long.parseLong(keep.getElement().getProperty("fileId")),
                        keep.getElement().getProperty("documentLabel")));
            }
        }
        int index = 0;
        for (UploadedFile file : documents.getFiles()) {
            String label = index < announcedDocuments.size() ? announcedDocuments.get(index) : file.name();
            docs.add(BulletinDraft.DocumentDraft.upload(file.name(), file.content(), label));
            index++;
        }
        Set<BulletinSubject> chosen = new LinkedHashSet<>();
        subjects.getValue().forEach(s -> chosen.add(s.subject()));
        return new BulletinDraft(date.getValue(), title.getValue(), body.getValue(), language.getValue(),
                status.getValue(), caption.getValue(), credit.getValue(), links(), docs, chosen);
    }

    private PhotoChange photoChange() {
        if (!photo.getFiles().isEmpty()) {
            UploadedFile file = photo.getFiles().getFirst();
            return PhotoChange.replace(file.name(), file.content());
        }
        return removePhoto.getValue() ? PhotoChange.remove() : PhotoChange.keep();
    }

    /** Saves through the callback; a refusal (a link line without an address, a rule) shows in the alert line. */
    void save() {
        Saves.fromDialog(this, () -> onSave.accept(new Edit(draft(), photoChange())), reload, error::setText);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
