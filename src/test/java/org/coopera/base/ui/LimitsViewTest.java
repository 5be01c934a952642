package org.coopera.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.lang.reflect.Proxy;
import org.coopera.KaribuTest;
import org.coopera.base.files.CountingStream;
import org.coopera.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Limits on the screens: a search over the cap is refused on its field and runs nothing; every
 * upload (attachments, the project import, the bulletin import) is cut at the first byte past its
 * limit, refused with a clear message, and nothing is kept.
 */
@ExtendWith(OutputCaptureExtension.class)
class LimitsViewTest extends KaribuTest {

    private static final String TOO_MANY_WORDS = "un deux trois quatre cinq six sept huit neuf dix onze douze treize";
    private static final long MB = 1024 * 1024;

    @Test
    void aSearchOverTheCapIsRefusedOnItsFieldAndTheListShowsNothing() {
        login("lecteur", Role.READER);
        UI.getCurrent().navigate("projects");
        TextField text = _get(TextField.class, spec -> spec.withId("project-filter-text"));
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("project-grid"));
        assertThat(text.getMaxLength()).isEqualTo(200);

        _setValue(text, TOO_MANY_WORDS);

        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage())
                .isEqualTo("La recherche est trop longue\u202F: au plus 200 caractères et 12 mots. Raccourcissez-la.");
        assertThat(GridKt._size(grid)).isZero();
        assertThat(_get(Paragraph.class, spec -> spec.withId("project-results")).getText()).contains("0");

        _setValue(text, "");
        assertThat(text.isInvalid()).isFalse();
        assertThat(GridKt._size(grid)).isPositive();

        // the bulletins' search too
        UI.getCurrent().navigate("bulletins");
        TextField bulletinText = _get(TextField.class, spec -> spec.withId("bulletins-text"));
        _setValue(bulletinText, "x".repeat(201));
        assertThat(bulletinText.isInvalid()).isTrue();
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("bulletins-grid")))).isZero();
    }

    @Test
    void anAttachmentOverTheLimitIsCutRefusedAndNotKept(CapturedOutput output) throws IOException {
        login("gestionnaire", Role.MANAGER);
        UI.getCurrent().navigate("bulletins");
        _click(_get(Button.class, spec -> spec.withId("bulletins-new")));
        FileUploadField photo = _find(FileUploadField.class).getFirst();
        Upload upload = _get(photo, Upload.class, spec -> { });

        // the name carries a line break: the log gets it without
        Sent sent = send(upload, "photo\r\nFORGED.jpg", 20 * MB + 5 * MB, -1);

        assertThat(sent.stream().bytesRead()).isEqualTo(20 * MB + 1);
        assertThat(sent.event().isRejected()).isTrue();
        assertThat(photo.getElement().getTextRecursively()).contains("dépasse la taille permise de 20");
        assertThat(photo.getFiles()).isEmpty();
        assertThat(output.getOut()).contains("photo__FORGED.jpg").doesNotContain("photo\r\nFORGED", "photo\nFORGED");

        // a file announced as larger is refused before a byte is read
        Sent announced = send(upload, "grande.jpg", 30 * MB, 30 * MB);
        assertThat(announced.stream().bytesRead()).isZero();
        assertThat(announced.event().isRejected()).isTrue();
        assertThat(photo.getFiles()).isEmpty();
    }

    @Test
    void aProjectImportOverTheLimitIsCutAndRefused() throws IOException {
        login("gestionnaire", Role.MANAGER);
        UI.getCurrent().navigate("projects");
        _click(_get(Button.class, spec -> spec.withId("project-import")));

        Sent sent = send(_get(Upload.class, spec -> spec.withId("import-upload")), "projets.csv", 20 * MB + 1000, -1);

        assertThat(sent.stream().bytesRead()).isEqualTo(20 * MB + 1);
        Paragraph refusal = _get(Paragraph.class, spec -> spec.withId("import-refusal"));
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).contains("projets.csv").contains("dépasse la taille permise de 20");
    }

    @Test
    void aBulletinTextOverItsLimitIsCutAndRefused() throws IOException {
        login("gestionnaire", Role.MANAGER);
        UI.getCurrent().navigate("bulletins");
        _click(_get(Button.class, spec -> spec.withId("bulletins-import")));

        Sent sent = send(_get(Upload.class, spec -> spec.withId("bulletin-import-upload")), "bulletin.txt",
                50 * MB, -1);

        assertThat(sent.stream().bytesRead()).isEqualTo(MB + 1);
        assertThat(_get(Span.class, spec -> spec.withId("bulletin-import-error")).getText())
                .contains("bulletin.txt").contains("dépasse la taille permise de 1");
        assertThat(_get(TextArea.class, spec -> spec.withId("bulletin-import-text")).getValue()).isEmpty();
    }

    private record Sent(UploadEvent event, CountingStream stream) {
    }

    /** What the browser's upload would do: the file's bytes to the upload's handler. */
    private static Sent send(Upload upload, String name, long size, long announced) throws IOException {
        var stream = new CountingStream(size);
        Part part = (Part) Proxy.newProxyInstance(Part.class.getClassLoader(), new Class<?>[] {Part.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getInputStream" -> stream;
                    case "getSize" -> announced;
                    case "getSubmittedFileName", "getName" -> name;
                    default -> null;
                });
        var event = new UploadEvent(VaadinRequest.getCurrent(), null, VaadinSession.getCurrent(), name, announced,
                "application/octet-stream", upload.getElement(), part);
        BoundedUploadHandler.of(upload).orElseThrow().handleUploadRequest(event);
        MockVaadin.clientRoundtrip(false);
        return new Sent(event, stream);
    }

}
