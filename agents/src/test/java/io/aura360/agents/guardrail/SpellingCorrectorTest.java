package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingCorrectorTest {

    private final TextNormalizer normalizer = TextNormalizer.forCrisis();

    private final SpellingCorrector corrector = new SpellingCorrector(
            List.of("suicide", "suicidio", "myself", "matar"), List.of("kiero = quiero", "u = you"), normalizer);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
			suicde,    suicide
			suiccide,  suicide
			suicida,   suicide
			suicdie,   suicide
			sucidio,   suicidio
			mysefl,    myself
			""")
    void rewritesAWordOneTypoAwayFromAKey(String typed, String key) {
        assertThat(corrector.correct(typed)).isEqualTo(key);
    }

    @Test
    void leavesWordsTwoTyposAwayAlone() {
        assertThat(corrector.correct("sucdie")).isEqualTo("sucdie");
        assertThat(corrector.correct("decide")).isEqualTo("decide");
    }

    /**
     * "morirme" is one typo from both keys. The key listed first wins, whatever the JVM: the keys once lived in an
     * unordered set whose iteration order changes from one run to the next, which made the n-gram layer's training
     * (and the crisis evaluation's figures) differ between runs.
     */
    @Test
    void aWordOneTypoFromTwoKeysTakesTheKeyListedFirst() {
        List<String> keys = List.of("morirse", "morirte");
        assertThat(new SpellingCorrector(keys, List.of(), normalizer).correct("morirme"))
                .isEqualTo("morirse");
        assertThat(new SpellingCorrector(keys.reversed(), List.of(), normalizer).correct("morirme"))
                .isEqualTo("morirte");
    }

    @Test
    void shortKeysAreNeverMatchedLoosely() {
        assertThat(corrector.correct("matas")).isEqualTo("matas");
    }

    @Test
    void expandsTextingSpellingsWordForWord() {
        assertThat(corrector.correct("kiero morir")).isEqualTo("quiero morir");
        assertThat(corrector.correct("u ok")).isEqualTo("you ok");
        assertThat(corrector.correct("kierox")).isEqualTo("kierox");
    }

    @Test
    void rejectsASlangRuleWithoutBothSides() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SpellingCorrector(List.of(), List.of("kiero quiero"), normalizer));
    }
}
