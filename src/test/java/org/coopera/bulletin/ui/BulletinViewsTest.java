package org.coopera.bulletin.ui;

import org.coopera.KaribuTest;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.coopera.bulletin.BulletinHit;
import org.coopera.bulletin.BulletinSearch;
import org.coopera.bulletin.BulletinService;
import org.coopera.bulletin.SubjectType;
import org.coopera.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bulletin search, a bulletin's page, the timelines and the import dialog. */
class BulletinViewsTest extends KaribuTest {

    private static final String GTQM_TITLE = "La coopération Québec-Mexique toujours aussi vivante!";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    BulletinService bulletins;

    @SuppressWarnings("unchecked")
    private static Grid<BulletinHit> grid() {
        return _get(Grid.class, spec -> spec.withId("bulletins-grid"));
    }

    private static String html(Component component) {
        return component.getElement().getProperty("innerHTML");
    }

    private long bulletinCount() {
        return jdbc.sql("select count(*) from bulletin").query(Long.class).single();
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = BulletinViewsTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void searchWithoutAccentsFindsAndMarksTheGtqmBulletin() {
        login("lecteur", Role.READER);
        UI.getCurrent().navigate("bulletins");
        _setValue(_get(TextField.class, spec -> spec.withId("bulletins-text")), "education");

        assertThat(_size(grid())).isGreaterThanOrEqualTo(1);
        Anchor title = (Anchor) GridKt._getCellComponent(grid(), 0, "title");
        assertThat(html(title)).isEqualTo("La coopération Québec-Mexique toujours aussi vivante!");
        assertThat(html(GridKt._getCellComponent(grid(), 0, "excerpt"))).contains("<mark>Éducation</mark>");
        assertThat(title.getHref()).startsWith("bulletins/");
        assertThat(_get(Paragraph.class, spec -> spec.withId("bulletins-count")).getText())
                .isEqualTo(_size(grid()) + " bulletin(s)");
        // readers neither write nor import
        assertThat(_find(Button.class, spec -> spec.withId("bulletins-new"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("bulletins-import"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSubjectTypeFilterNarrowsTheList() {
        login("lecteur", Role.READER);
        UI.getCurrent().navigate("bulletins");
        _setValue(_get(TextField.class, spec -> spec.withId("bulletins-text")), "Mexique");
        int all = _size(grid());
        assertThat(all).isGreaterThanOrEqualTo(1);
        Select<SubjectType> type = _get(Select.class, spec -> spec.withId("bulletins-subject-type"));
        _setValue(type, SubjectType.PROJECT);
        assertThat(_size(grid())).isZero();
        _setValue(type, SubjectType.MEETING);
        assertThat(_size(grid())).isEqualTo(1);
    }

    @Test
    void aBulletinPageShowsItsTextLinksAndSubjectsAndTheTimelinesShowIt() {
        login("lecteur", Role.READER);
        long id = bulletins.search(BulletinSearch.text("vivante"), 0, 1).getFirst().id();
        UI.getCurrent().navigate("bulletins/" + id);

        assertThat(_get(H2.class, spec -> spec.withId("bulletin-title")).getText()).isEqualTo(GTQM_TITLE);
        assertThat(html(_get(Div.class, spec -> spec.withId("bulletin-body"))))
                .contains("<h2>Des projets de qualité</h2>").contains("<li>Culture (7)</li>");
        assertThat(_get(Paragraph.class, spec -> spec.withId("bulletin-photo-caption")).getElement().getTextRecursively())
                .contains("Signature du procès-verbal").contains("Julia Benitez Rivas");
        assertThat(_get(Section.class, spec -> spec.withId("bulletin-links")).getElement().getTextRecursively())
                .contains("Relations Québec-Mexique");
        assertThat(_get(Section.class, spec -> spec.withId("bulletin-subjects")).getElement().getTextRecursively())
                .contains("GTQM").contains("2013-2015").contains("2011-2013").contains("#14");
        assertThat(_find(Button.class, spec -> spec.withId("bulletin-edit"))).isEmpty();

        long gtqm = jdbc.sql("select id from working_group where acronym = 'GTQM'").query(Long.class).single();
        UI.getCurrent().navigate("working-groups/" + gtqm);
        assertThat(_find(Anchor.class, spec -> spec.withText(GTQM_TITLE))).extracting(Anchor::getHref)
                .containsExactly("bulletins/" + id);
        long program = jdbc.sql("select id from program where working_group_id = ? and start_year = 2011").param(gtqm)
                .query(Long.class).single();
        UI.getCurrent().navigate("programs/" + program);
        assertThat(_find(Anchor.class, spec -> spec.withText(GTQM_TITLE))).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void importingTheGtqmSeedPreviewsItProposesItsSubjectsAndStoresNothingBeforeSave() throws IOException {
        login("gestionnaire", Role.MANAGER);
        long before = bulletinCount();
        UI.getCurrent().navigate("bulletins");
        _click(_get(Button.class, spec -> spec.withId("bulletins-import")));
        _setValue(_get(TextArea.class, spec -> spec.withId("bulletin-import-text")),
                seed("bulletin-2013-06-21-gtqm-14e-reunion.txt"));
        _click(_get(Button.class, spec -> spec.withId("bulletin-import-read")));

        assertThat(_get(H4.class, spec -> spec.withId("bulletin-import-title")).getText()).isEqualTo(GTQM_TITLE);
        CheckboxGroup<Object> proposals = _get(CheckboxGroup.class, spec -> spec.withId("bulletin-import-proposals"));
        assertThat(proposals.getValue()).hasSize(4);
        assertThat(bulletinCount()).isEqualTo(before);

        _click(_get(Button.class, spec -> spec.withId("bulletin-import-continue")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Titre")).getValue()).isEqualTo(GTQM_TITLE);
        assertThat(bulletinCount()).isEqualTo(before);
        // the related lines of the seed have no address: the editor must give one before saving
        _click(_get(Button.class, spec -> spec.withId("bulletin-save")));
        assertThat(_get(Span.class, spec -> spec.withId("bulletin-editor-error")).getText())
                .isEqualTo("Le lien «\u00a0Relations Québec-Mexique\u00a0» n’a pas d’adresse.");
        assertThat(bulletinCount()).isEqualTo(before);
    }

    @Test
    void anUnreadableDateIsExplainedAndNothingIsStored() {
        login("gestionnaire", Role.MANAGER);
        long before = bulletinCount();
        UI.getCurrent().navigate("bulletins");
        _click(_get(Button.class, spec -> spec.withId("bulletins-import")));
        _setValue(_get(TextArea.class, spec -> spec.withId("bulletin-import-text")), "Nos actions\n31 juin 2013\n\nTitre\n");
        _click(_get(Button.class, spec -> spec.withId("bulletin-import-read")));
        assertThat(_get(Span.class, spec -> spec.withId("bulletin-import-error")).getText())
                .isEqualTo("Date illisible\u00a0: «\u00a031 juin 2013\u00a0». Écrivez-la en français, par exemple «\u00a021 juin 2013\u00a0».");
        assertThat(_get(Button.class, spec -> spec.withId("bulletin-import-continue")).isEnabled()).isFalse();
        assertThat(bulletinCount()).isEqualTo(before);
    }
}
