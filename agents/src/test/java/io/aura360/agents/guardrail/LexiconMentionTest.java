package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** A bare mention of the topic counts only when the corroborating layer agrees; a sign always counts. */
class LexiconMentionTest {

    private static final TextNormalizer NORMALIZER = TextNormalizer.forCrisis();

    private static final LexiconLayer WORDS = new LexiconLayer(
            Map.of(
                    "suicidal_ideation", List.of("~suicid*", "end my life"),
                    "self_harm", List.of("~cut myself"),
                    "burden", List.of("better off without me")),
            List.of(),
            NORMALIZER);

    private static CrisisText text(String raw) {
        return new CrisisText(raw, List.of(NORMALIZER.text(raw)));
    }

    private static CrisisAssessment assess(LexiconLayer layer, String raw) {
        return layer.assess(text(raw), CrisisAssessment.NONE);
    }

    @Test
    void withoutACorroboratingLayerAMentionCountsLikeAnyPhrase() {
        assertThat(assess(WORDS, "we studied the mass suicide in history class").level())
                .isEqualTo(CrisisRisk.HIGH);
    }

    @Test
    void aMentionTheOtherLayerDoesNotConfirmIsDropped() {
        LexiconLayer layer = WORDS.corroboratedBy(text -> false);

        assertThat(assess(layer, "we studied the mass suicide in history class").risk())
                .isFalse();
        assertThat(assess(layer, "sharpening the knife i nearly cut myself").risk())
                .isFalse();
    }

    @Test
    void aMentionTheOtherLayerConfirmsCountsWithItsSectionsGrade() {
        CrisisAssessment found = assess(WORDS.corroboratedBy(text -> true), "i think about suicide every night");

        assertThat(found.level()).isEqualTo(CrisisRisk.HIGH);
        assertThat(found.category()).isEqualTo("active_ideation");
        assertThat(found.signals()).containsExactly("lexicon:suicidal_ideation");
    }

    @Test
    void aSignNeverWaitsForCorroboration() {
        LexiconLayer layer = WORDS.corroboratedBy(text -> false);

        assertThat(assess(layer, "i want to end my life").level()).isEqualTo(CrisisRisk.HIGH);
    }

    @Test
    void aMentionAboveWhatTheSignsFoundAsksTheOtherLayerOnlyThen() {
        int[] asked = {0};
        Predicate<CrisisText> counting = text -> {
            asked[0]++;
            return true;
        };
        LexiconLayer layer = WORDS.corroboratedBy(counting);

        CrisisAssessment concernThenMention =
                assess(layer, "they would be better off without me, suicide is on my mind");
        CrisisAssessment signAlready = assess(layer, "i want to end my life, suicide is on my mind");

        assertThat(concernThenMention.level()).isEqualTo(CrisisRisk.HIGH);
        assertThat(signAlready.level()).isEqualTo(CrisisRisk.HIGH);
        assertThat(asked[0]).isEqualTo(1);
    }

    @Test
    void theShippedDetectorKeepsATopicalMentionOutWhileTheSameWordInAWishCounts() {
        CrisisDetector offline = CrisisDetector.offline(io.aura360.agents.model.LocalEmbeddings.bgeSmall());

        assertThat(offline.assess("studying the jonestown mass suicide for history class, any tips to remember dates?")
                        .risk())
                .isFalse();
        assertThat(offline.assess("i keep thinking about suicide and i have nobody to tell")
                        .level())
                .isEqualTo(CrisisRisk.HIGH);
    }
}
