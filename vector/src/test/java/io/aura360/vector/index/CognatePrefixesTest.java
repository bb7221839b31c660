package io.aura360.vector.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CognatePrefixesTest {

    @Test
    void keepsTheFirstLettersOfContentWordsWithoutAccentsOrStopWords() {
        assertThat(CognatePrefixes.prefixes("¿Qué población tenía la Universidad de Málaga en 1950?", "es"))
                .containsExactly("pobl", "univ", "mala");
    }

    @Test
    void readsASpanishProstheticEAsTheEnglishS() {
        assertThat(CognatePrefixes.prefixes("estadio escuela especial estudio", "es"))
                .containsExactly("stad", "scue", "spec", "stud");
        assertThat(CognatePrefixes.prefixes("estadio", "en")).containsExactly("esta");
        assertThat(CognatePrefixes.prefixes("este eso", "es")).isEmpty();
    }

    @Test
    void dropsTheStopWordsOfTheQueryLanguageAndWordsTooShortOrNotLetters() {
        assertThat(CognatePrefixes.prefixes("Which team won the Super Bowl 50?", "en"))
                .containsExactly("whic", "team", "supe", "bowl");
        assertThat(CognatePrefixes.prefixes("sol y mar 2024 x4x4", "es")).isEmpty();
        assertThat(CognatePrefixes.query("a de la 50", "es", "text_en")).isNull();
    }

    @Test
    void countsARepeatedPrefixOnce() {
        assertThat(CognatePrefixes.prefixes("universidad universitaria Universidades", "es"))
                .containsExactly("univ");
    }
}
