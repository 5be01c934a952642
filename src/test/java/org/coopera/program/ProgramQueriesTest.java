package org.coopera.program;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The full-text words of the project list's text filter. */
class ProgramQueriesTest {

    @Test
    void everyWordIsARequiredPrefixAndWordsWithDigitsComeFirst() {
        assertThat(ProgramQueries.booleanModeWords("nano tech")).isEqualTo("+nano* +tech*");
        assertThat(ProgramQueries.booleanModeWords("SYN-0765")).isEqualTo("+0765* +SYN*");
        assertThat(ProgramQueries.booleanModeWords("GTQM-2013-RI")).isEqualTo("+2013* +GTQM*");
        assertThat(ProgramQueries.booleanModeWords("eau 2013 réseau")).isEqualTo("+2013* +eau* +réseau*");
    }

    @Test
    void operatorsAndShortWordsAreDropped() {
        assertThat(ProgramQueries.booleanModeWords("+eau -feu* \"x\"")).isEqualTo("+eau* +feu*");
        assertThat(ProgramQueries.booleanModeWords("a b")).isEqualTo("\"\"");
    }
}
