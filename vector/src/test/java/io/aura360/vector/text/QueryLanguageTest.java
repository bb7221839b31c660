package io.aura360.vector.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.vector.VectorWarmUp;
import org.junit.jupiter.api.Test;

class QueryLanguageTest {

    @Test
    void detectsTheQuerysOwnLanguageAfterTheWarmUp() {
        VectorWarmUp.run();

        assertThat(QueryLanguage.of("what helps me fall asleep when I am anxious"))
                .contains("en");
        assertThat(QueryLanguage.of("qué me ayuda a dormir cuando estoy ansioso"))
                .contains("es");
    }

    @Test
    void aTextWithoutWordsHasNoLanguage() {
        assertThat(QueryLanguage.of("1234 5678")).isEmpty();
    }
}
