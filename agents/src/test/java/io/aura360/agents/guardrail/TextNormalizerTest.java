package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
			QUITARME LA VIDA                 | quitarme la bida
			Suicidarmé, ¿sí?                 | suicidarme . si .
			su1c1d3                          | suicide
			k1ll mys3lf                      | kil myself
			kiiiiill    myself!!!            | kil myself .
			s u i c i d e                    | suicide
			s.u.i.c.i.d.e                    | suicide
			I don't                          | i dont
			I just... want                   | i just want
			hart@ de vibir                   | harta de bibir
			""")
    void crisisFormFoldsDisguisesAndSpellingVariants(String text, String expected) {
        assertThat(TextNormalizer.forCrisis().text(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
			Toma 500mg de MELATONINA.        | toma 500 mg de melatonina .
			Take 2.5 mg                      | take 25 mg
			Ayuno 16:8                       | ayuno 16 8
			Don't skip. Eat well!            | dont skip . eat well .
			Sleep well                       | sleep well
			!!Hi!!! ¿Qué tal?.. bien, gracias | . hi . que tal . bien gracias
			  ### a--b ;; c  ###             | a b . c
			""")
    void keywordFormKeepsNumbersAndSpelling(String text, String expected) {
        assertThat(TextNormalizer.forKeywords().text(text)).isEqualTo(expected);
    }

    @Test
    void aRuleWordIsFoldedLikeTheText() {
        assertThat(TextNormalizer.forCrisis().word("Vivir")).isEqualTo("bibir");
        assertThat(TextNormalizer.forCrisis().word("Kill")).isEqualTo("kil");
        assertThat(TextNormalizer.forKeywords().word("Energética")).isEqualTo("energetica");
    }

    @Test
    void aCommaClosesAClauseOnlyForTheCrisisRules() {
        assertThat(TextNormalizer.forCrisis().text("Hi!!! ¿Qué tal? bien, gracias"))
                .isEqualTo("hi . que tal . bien . gracias");
        assertThat(TextNormalizer.forKeywords().text("Hi!!! ¿Qué tal? bien, gracias"))
                .isEqualTo("hi . que tal . bien gracias");
    }

    @Test
    void treatsNullAsEmpty() {
        assertThat(TextNormalizer.forCrisis().text(null)).isEmpty();
    }
}
