package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.agents.guardrail.CharGramLayer.Line;
import io.aura360.agents.guardrail.CharGramLayer.Section;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharGramWeightsTest {

    private static final String RECIPE = "recipe";

    private static final List<Line> LINES = List.of(
            new Line(new Section(CrisisRisk.HIGH, "farewell"), "goodbye all"),
            new Line(new Section(CrisisRisk.NONE, "idiom"), "dead tired"));

    @Test
    void theBuildStoredExactlyWhatTrainingOnTheShippedBankLearns() {
        List<Line> lines = CrisisDetector.nGramLines(CrisisDetector.lexicon(), ExemplarBank.defaultLines());

        CharGramWeights stored =
                CharGramLayer.learnt(lines, CharGramLayer.CALIBRATED).learntWeights();
        CharGramWeights trained =
                CharGramLayer.train(lines, CharGramLayer.CALIBRATED).learntWeights();

        assertThat(CharGramWeights.read(key(lines)))
                .as("no stored weights for the shipped bank: was the build's guardrail-models step skipped?")
                .isPresent();
        assertThat(stored.classes()).isEqualTo(trained.classes());
        assertThat(stored.weights())
                .as("stored weights differ from training now: a stale file (the training code changed and the recipe"
                        + " did not; build with clean)")
                .isDeepEqualTo(trained.weights());
    }

    @Test
    void aBankChangedSinceTheBuildIsTrainedNotReadFromTheStaleFile() {
        List<Line> lines =
                new ArrayList<>(CrisisDetector.nGramLines(CrisisDetector.lexicon(), ExemplarBank.defaultLines()));
        lines.removeLast();

        assertThat(CharGramWeights.read(key(lines))).isEmpty();
        assertThat(CharGramLayer.learnt(lines, CharGramLayer.CALIBRATED)
                        .learntWeights()
                        .weights())
                .isDeepEqualTo(CharGramLayer.train(lines, CharGramLayer.CALIBRATED)
                        .learntWeights()
                        .weights());
    }

    @Test
    void anyChangeOfRecipeTextSectionOrOrderChangesTheKey() {
        String key = CharGramWeights.key(RECIPE, LINES);

        assertThat(CharGramWeights.key(RECIPE, LINES)).isEqualTo(key);
        assertThat(CharGramWeights.key("other recipe", LINES)).isNotEqualTo(key);
        assertThat(CharGramWeights.key(RECIPE, LINES.reversed())).isNotEqualTo(key);
        assertThat(CharGramWeights.key(
                        RECIPE,
                        List.of(new Line(new Section(CrisisRisk.CONCERN, "farewell"), "goodbye all"), LINES.get(1))))
                .isNotEqualTo(key);
        assertThat(CharGramWeights.key(
                        RECIPE,
                        List.of(new Line(new Section(CrisisRisk.HIGH, "farewell"), "goodbye all!"), LINES.get(1))))
                .isNotEqualTo(key);
    }

    private static String key(List<Line> lines) {
        return CharGramWeights.key(CharGramLayer.RECIPE, lines);
    }
}
