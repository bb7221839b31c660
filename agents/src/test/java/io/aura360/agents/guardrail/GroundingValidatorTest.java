package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import io.aura360.contracts.advice.AdvicePayload.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundingValidatorTest {

    private static final List<Source> SOURCES = List.of(
            new Source("sleep#1", "https://example.org/sleep", "Keep a regular bedtime.", 0.9),
            new Source("stress#3", "https://example.org/stress", "Breathe slowly for five minutes.", 0.7));

    private final GroundingValidator validator = new GroundingValidator();

    @Test
    void dropsEvidenceIdsThatNameNoSource() {
        Recommendation partlyInvented = recommendation("Keep a regular bedtime.", 0.9, "sleep#1", "made-up#7");

        assertThat(validator.grounded(List.of(partlyInvented), SOURCES))
                .singleElement()
                .satisfies(r -> assertThat(r.evidenceIds()).containsExactly("sleep#1"));
    }

    @Test
    void removesARecommendationLeftWithoutEvidence() {
        Recommendation invented = recommendation("Drink a litre of celery juice.", 0.95, "made-up#7", "made-up#8");
        Recommendation uncited = recommendation("Sleep more.", 0.8);
        Recommendation grounded = recommendation("Breathe slowly for five minutes.", 0.7, "stress#3");

        assertThat(validator.grounded(List.of(invented, uncited, grounded), SOURCES))
                .containsExactly(grounded);
    }

    @Test
    void collapsesDuplicateEvidenceIds() {
        Recommendation repeated =
                recommendation("Keep a regular bedtime.", 0.9, "sleep#1", "stress#3", "sleep#1", "stress#3");

        assertThat(validator.grounded(List.of(repeated), SOURCES))
                .singleElement()
                .satisfies(r -> assertThat(r.evidenceIds()).containsExactly("sleep#1", "stress#3"));
    }

    @Test
    void leavesGroundedRecommendationsUntouchedAndInOrder() {
        Recommendation first = recommendation("Breathe slowly for five minutes.", 0.7, "stress#3");
        Recommendation second = recommendation("Keep a regular bedtime.", 0.9, "sleep#1", "stress#3");

        assertThat(validator.grounded(List.of(first, second), SOURCES)).containsExactly(first, second);
    }

    @Test
    void keepsTypeDescriptionAndConfidenceOfAFilteredRecommendation() {
        Recommendation partlyInvented =
                new Recommendation("sleep_coach", "Keep a regular bedtime.", 0.42, List.of("made-up#1", "sleep#1"));

        assertThat(validator.grounded(List.of(partlyInvented), SOURCES))
                .containsExactly(
                        new Recommendation("sleep_coach", "Keep a regular bedtime.", 0.42, List.of("sleep#1")));
    }

    @Test
    void withoutSourcesNothingSurvives() {
        assertThat(validator.grounded(List.of(recommendation("Keep a regular bedtime.", 0.9, "sleep#1")), List.of()))
                .isEmpty();
    }

    private static Recommendation recommendation(String description, double confidence, String... evidenceIds) {
        return new Recommendation("coach", description, confidence, List.of(evidenceIds));
    }
}
