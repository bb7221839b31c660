package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
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
        assertThat(PhraseList.compile(List.of("... are not recommended"), keywords)
                        .hide(keywords.text("very hot tubs " + "and saunas are not recommended")))
                .isEqualTo("very hot _");
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

    @Test
    void aDollarWithoutASpaceAlsoEndsASentenceAfterAnOptionalPart() {
        // "(anymore )?$": the optional part carries the space, so the $ follows no space of its own.
        String phrase = "need them (anymore )?$";
        assertThat(matches(phrase, "I won't need them.")).isTrue();
        assertThat(matches(phrase, "I won't need them anymore. Bye")).isTrue();
        assertThat(matches(phrase, "I won't need them")).isTrue();
        assertThat(matches(phrase, "I won't need them tomorrow")).isFalse();
    }

    @Test
    void aListFindsEveryPhraseWhereverItStartsEvenInsideAnotherMatch() {
        PhraseList list = PhraseList.compile(List.of("tired of everything", "everything hurts"), keywords);
        String text = keywords.text("so tired of everything hurts");
        assertThat(list.matchStarts(text)).containsExactly(text.indexOf("tired"), text.indexOf("everything"));
        assertThat(list.matchesAt(text, text.indexOf("so"))).isFalse();
    }

    @Test
    void hidingTakesTheLongestMatchAndKeepsTheWordsAround() {
        PhraseList list = PhraseList.compile(List.of("kill time", "kill time at work"), keywords);
        assertThat(list.hide(keywords.text("I kill time at work, then I kill time")))
                .isEqualTo("i _ then i _");
        assertThat(list.hide(keywords.text("nothing to hide"))).isEqualTo("nothing to hide");
    }

    @Test
    void anEmptyListMatchesNothing() {
        assertThat(PhraseList.none().matches("anything at all")).isFalse();
        assertThat(PhraseList.compile(List.of(), keywords).hide("anything")).isEqualTo("anything");
        assertThat(PhraseList.anyOf(List.of()).matchStarts("a b c")).isEmpty();
    }

    @Test
    void aWordCharacterBeforeOrAfterIsNoMatch() {
        PhraseList list = PhraseList.compile(List.of("cut"), keywords);
        assertThat(list.matchStarts("haircut cuts cut2 cut")).containsExactly("haircut cuts cut2 ".length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"take \\d+ mg", "alcohol.", "[sauna]", "wine & beer", "(unclosed", "a < b"})
    void rejectsAnythingOutsideThePhraseLanguage(String phrase) {
        assertThatIllegalArgumentException().isThrownBy(() -> PhrasePattern.automaton(phrase, keywords));
    }

    private boolean matches(String phrase, String text) {
        return PhraseList.compile(List.of(phrase), keywords).matches(keywords.text(text));
    }
}
