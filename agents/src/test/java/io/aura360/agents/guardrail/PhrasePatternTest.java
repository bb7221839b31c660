package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhrasePatternTest {

    private final TextNormalizer keywords = TextNormalizer.forKeywords();

    @Test
    void matchesWholeWordsOnly() {
        assertThat(matches("pill", "take a pill")).isTrue();
        assertThat(matches("pill", "a soft pillow")).isFalse();
    }

    @Test
    void readsAlternativesAndOptionalParts() {
        assertThat(matches("(hot tub|sauna) (session )?today", "a sauna today")).isTrue();
        assertThat(matches("(hot tub|sauna) (session )?today", "a hot tub session today"))
                .isTrue();
        assertThat(matches("(hot tub|sauna) (session )?today", "a bath today")).isFalse();
    }

    @Test
    void aStarAcceptsAnyEnding() {
        assertThat(matches("antidepresivo*", "un antidepresivo")).isTrue();
        assertThat(matches("antidepresivo*", "los antidepresivos")).isTrue();
    }

    @Test
    void anEllipsisSpansUpToThreeWords() {
        assertThat(matches("lose ... kg", "lose 5 kg")).isTrue();
        assertThat(matches("lose ... kg", "lose at least 5 kg")).isTrue();
        assertThat(matches("lose ... kg", "lose at least another 5 kg")).isFalse();
    }

    @Test
    void anEllipsisCanAlsoReachBackUpToThreeWords() {
        assertThat(matches("... are not recommended", "saunas are not recommended"))
                .isTrue();
        assertThat(matches("... are not recommended", "hot tubs and saunas are not recommended"))
                .isTrue();
        assertThat(PhrasePattern.compile("... are not recommended", keywords)
                        .matcher(keywords.text("very hot tubs " + "and saunas are not recommended"))
                        .results()
                        .map(r -> r.group())
                        .toList())
                .containsExactly("tubs and saunas are not recommended");
    }

    @Test
    void aDollarMeansTheEndOfASentence() {
        assertThat(matches("eat less $", "Eat less.")).isTrue();
        assertThat(matches("eat less $", "Eat less. Sleep more.")).isTrue();
        assertThat(matches("eat less $", "Eat less processed food.")).isFalse();
    }

    @Test
    void numberMatchesAnyNumberEvenWrittenAgainstItsUnit() {
        assertThat(matches("<number> mg", "take 500mg")).isTrue();
        assertThat(matches("<number> mg", "take 2,5 mg")).isTrue();
        assertThat(matches("<number> mg", "take some mg")).isFalse();
    }

    @Test
    void ignoresCaseAccentsApostrophesAndHyphens() {
        assertThat(matches("high-intensity", "HIGH INTENSITY work")).isTrue();
        assertThat(matches("bebida energética", "una BEBIDA ENERGETICA")).isTrue();
        assertThat(matches("don't skip", "dont skip")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"take \\d+ mg", "alcohol.", "[sauna]", "wine & beer", "(unclosed"})
    void rejectsAnythingOutsideThePhraseLanguage(String phrase) {
        assertThatIllegalArgumentException().isThrownBy(() -> PhrasePattern.compile(phrase, keywords));
    }

    private boolean matches(String phrase, String text) {
        Pattern pattern = PhrasePattern.compile(phrase, keywords);
        return pattern.matcher(keywords.text(text)).find();
    }
}
