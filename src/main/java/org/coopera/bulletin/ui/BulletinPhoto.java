package org.coopera.bulletin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.coopera.base.files.FileContent;
import org.coopera.bulletin.BulletinRecord;
import org.coopera.bulletin.BulletinService;

/** A bulletin's photo (read through the bulletin service) with its caption and credit, as a figure. */
class BulletinPhoto extends Div {

    BulletinPhoto(BulletinService bulletins, BulletinRecord bulletin) {
        setId("bulletin-photo");
        addClassName("bulletin-photo");
        getElement().setAttribute("role", "figure");
        if (bulletin.photo() != null) {
            long bulletinId = bulletin.id();
            long fileId = bulletin.photo().id();
            DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
                FileContent content = bulletins.file(bulletinId, fileId);
                return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.ref().name(),
                        content.ref().mediaType(), content.bytes().length);
            });
            var image = new Image(handler, bulletin.photoCaption() == null ? "" : bulletin.photoCaption());
            image.setMaxWidth("100%");
            add(image);
        }
        var caption = new Paragraph();
        caption.setId("bulletin-photo-caption");
        if (bulletin.photoCaption() != null) {
            caption.add(new Span(bulletin.photoCaption()));
        }
        if (bulletin.photoCredit() != null) {
            caption.add(new Span(" (" + getTranslation("bulletin.photo-credit", bulletin.photoCredit()) + ")"));
        }
        add(caption);
    }
}
