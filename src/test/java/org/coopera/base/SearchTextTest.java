package org.coopera.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The cap on search text: characters and words, the same for every search. */
class SearchTextTest {

    @Test
    void textWithinTheCapIsKeptStripped() {
        assertThat(SearchText.of("  nanotechnologie  ").value()).isEqualTo("nanotechnologie");
        assertThat(SearchText.of(null).isEmpty()).isTrue();
        assertThat(SearchText.fits("a".repeat(200))).isTrue();
        assertThat(SearchText.fits("mot ".repeat(12))).isTrue();
        assertThat(SearchText.fits(null)).isTrue();
        // surrounding blanks do not count
        assertThat(SearchText.fits("  " + "a".repeat(200) + "\n")).isTrue();
    }

    @Test
    void overTwoHundredCharactersOrTwelveWordsIsRefusedWithTheLimitsInTheMessage() {
        assertThat(SearchText.fits("a".repeat(201))).isFalse();
        assertThat(SearchText.fits("mot ".repeat(13))).isFalse();
        // words split by any blank, tabs and no-break spaces included
        assertThat(SearchText.fits(String.join("\u00A0", java.util.Collections.nCopies(13, "x")))).isFalse();
        assertThatThrownBy(() -> SearchText.of("mot ".repeat(13)))
                .isInstanceOf(SearchText.TooLongException.class)
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).messageKey()).isEqualTo("search.too-long");
                    assertThat(((BusinessException) e).arguments()).containsExactly(200, 12);
                });
        assertThatThrownBy(() -> SearchText.check("x".repeat(10_000))).isInstanceOf(SearchText.TooLongException.class);
    }
}
