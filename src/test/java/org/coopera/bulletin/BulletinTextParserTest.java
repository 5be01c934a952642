package org.coopera.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.coopera.base.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plain-text import on the two seed bulletins (copied under src/test/resources/seeds) and on bad input. */
class BulletinTextParserTest {

    static String seed(String name) {
        try (InputStream in = BulletinTextParserTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String GTQM = "bulletin-2013-06-21-gtqm-14e-reunion.txt";
    static final String POLICY = "bulletin-2009-04-14-politique-internationale-an-II.txt";

    @Test
    void theGtqmBulletinBecomesADraftMatchingItsText() {
        ImportedBulletin imported = BulletinTextParser.parse(seed(GTQM));
        BulletinDraft draft = imported.draft();
        assertThat(imported.sectionHeading()).isEqualTo("Nos actions");
        assertThat(draft.date()).isEqualTo(LocalDate.of(2013, 6, 21));
        assertThat(draft.title()).isEqualTo("La coopération Québec-Mexique toujours aussi vivante!");
        assertThat(draft.language()).isEqualTo("fr");
        assertThat(draft.status()).isEqualTo(BulletinStatus.DRAFT);
        assertThat(draft.photoCaption())
                .isEqualTo("Signature du procès-verbal de la 14e réunion du GTQM par MM Bernard et Alcocer, à Mexico.");
        assertThat(draft.photoCredit()).isEqualTo("Julia Benitez Rivas");
        assertThat(draft.body())
                .startsWith("La 14e réunion du Groupe de travail Québec-Mexique (GTQM) a eu lieu à Mexico le 19 juin 2013.")
                .contains("\n\n## Des projets de qualité\n\n")
                .contains("\n\n## Retour sur les réalisations et pistes d’avenir\n\n")
                .contains("notamment dans les domaines de :\n\n- Recherche et innovation (12 projets)\n- Culture (7)\n- Éducation (5)\n")
                .contains("Parmi les éléments marquants, soulignons :\n\n- Partenariats stratégiques")
                .contains("- Signature de l’Entente de coopération en recherche et innovation, en 2012.")
                .contains("« Cet engagement à coopérer")
                .endsWith("Mme Marois a aussi échangé sur la mission qu’elle dirigera au Mexique, du\u00a026\u00a0au\u00a029\u00a0juin prochains.")
                .doesNotContain("Nos actions").doesNotContain("(photo");
        assertThat(draft.links()).extracting(BulletinLink::label)
                .containsExactly("Relations Québec-Mexique", "Groupe de travail Québec-Mexique");
        assertThat(imported.documentLabels()).isEmpty();
        // every paragraph of the text is in the body (the rendering shows the same words)
        String html = SafeMarkdown.toHtml(draft.body());
        assertThat(html).contains("<h2>Des projets de qualité</h2>").contains("<li>Culture (7)</li>")
                .contains("plus de 250 projets de coopération");
    }

    @Test
    void thePolicyBulletinBecomesADraftWithItsAnnouncedDocument() {
        ImportedBulletin imported = BulletinTextParser.parse(seed(POLICY));
        BulletinDraft draft = imported.draft();
        assertThat(draft.date()).isEqualTo(LocalDate.of(2009, 4, 14));
        assertThat(draft.title()).isEqualTo("Retour sur l’an II de la Politique internationale du Québec");
        assertThat(draft.photoCaption()).isNull();
        assertThat(draft.body()).startsWith("Le bilan de la deuxième année (2007-2008)")
                .contains("Plan d’action 2006-2009")
                .endsWith("contribuer à l’effort de solidarité internationale.")
                .doesNotContain("Rapport d’étape 2007-2008 (2 Mo)");
        assertThat(draft.body().split("\n\n")).hasSize(5);
        assertThat(imported.documentLabels()).containsExactly("Rapport d’étape 2007-2008 (2\u00a0Mo)");
        assertThat(draft.links()).extracting(BulletinLink::label).containsExactly("Politique internationale du Québec");
    }

    @Test
    void linkLinesWithAnAddressKeepIt() {
        ImportedBulletin imported = BulletinTextParser.parse("""
                Nos actions
                1er mai 2010

                Un titre

                Un paragraphe.

                Site du ministère | https://www.mrif.gouv.qc.ca/
                Autre http://example.org/page
                """);
        assertThat(imported.draft().date()).isEqualTo(LocalDate.of(2010, 5, 1));
        assertThat(imported.draft().links()).containsExactly(
                new BulletinLink("Site du ministère", "https://www.mrif.gouv.qc.ca/"),
                new BulletinLink("Autre", "http://example.org/page"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.org/x", "data:text/html,<script>x</script>",
            "file:///etc/passwd"})
    void linkLinesThatAreNotHttpAreRefused(String address) {
        String text = "Nos actions\n21 juin 2013\n\nTitre\n\nTexte.\n\nLien " + address + "\n";
        assertThatThrownBy(() -> BulletinTextParser.parse(text)).isInstanceOf(BusinessException.class)
                .hasMessage("bulletin.link.scheme");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nos actions\n32 juin 2013\n\nTitre\n", "Nos actions\n21 juni 2013\n\nTitre\n",
            "Nos actions\nhier\n\nTitre\n", "Nos actions\n2013-06-21\n\nTitre\n"})
    void unreadableDatesAreRefused(String text) {
        assertThatThrownBy(() -> BulletinTextParser.parse(text)).isInstanceOf(BusinessException.class)
                .hasMessage("bulletin.import.date");
    }

    @Test
    void aTextWithoutTitleIsRefused() {
        assertThatThrownBy(() -> BulletinTextParser.parse("Nos actions\n21 juin 2013\n\n   \n"))
                .isInstanceOf(BusinessException.class).hasMessage("bulletin.import.title-empty");
    }

    @Test
    void anEmptyOrHugeTextIsRefused() {
        assertThatThrownBy(() -> BulletinTextParser.parse("  \n\n ")).hasMessage("bulletin.import.empty");
        assertThatThrownBy(() -> BulletinTextParser.parse(null)).hasMessage("bulletin.import.empty");
        assertThatThrownBy(() -> BulletinTextParser.parse("Nos actions\n21 juin 2013\nT\n" + "x".repeat(200_001)))
                .hasMessage("bulletin.import.too-long");
    }

    @Test
    void htmlInTheTextStaysText() {
        ImportedBulletin imported = BulletinTextParser.parse(
                "Nos actions\n21 juin 2013\n\nTitre\n\n<script>alert(1)</script> et <img src=x onerror=alert(2)>.\n");
        String html = SafeMarkdown.toHtml(imported.draft().body());
        assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
    }

    @Test
    void frenchDatesInFullAndAbbreviated() {
        assertThat(BulletinTextParser.parseDate("14 avr. 2009")).isEqualTo(LocalDate.of(2009, 4, 14));
        assertThat(BulletinTextParser.parseDate("3 août 2011")).isEqualTo(LocalDate.of(2011, 8, 3));
        assertThat(BulletinTextParser.parseDate("3 aout 2011")).isEqualTo(LocalDate.of(2011, 8, 3));
        assertThat(BulletinTextParser.parseDate("9 déc. 2012")).isEqualTo(LocalDate.of(2012, 12, 9));
        assertThat(BulletinTextParser.parseDate("29 févr. 2013")).isNull();
    }
}
