package io.aura360.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerLanguageTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "es, es",
                "ES, es",
                "' es-MX ', es",
                "es_AR, es",
                "es-419, es",
                "en, en",
                "en-GB, en",
                "fr, en",
                "'', en",
                "null, en",
                "est, en",
                "espanol, en"
            })
    void foldsALocaleToAnAnswerLanguage(String locale, String expected) {
        assertThat(AnswerLanguage.of(locale)).isEqualTo(expected);
        assertThat(AnswerLanguage.spanish(locale)).isEqualTo(expected.equals("es"));
    }
}
