package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.agents.guardrail.CharGramLayer.Line;
import io.aura360.agents.guardrail.CharGramLayer.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CharGramWeightsTest {

    private static final String RECIPE = "recipe";

    private static final List<Line> LINES = List.of(
            new Line(new Section(CrisisRisk.HIGH, "farewell"), "goodbye all"),
            new Line(new Section(CrisisRisk.NONE, "idiom"), "dead tired"));

    private static final List<Line> BANK = ExemplarBank.defaultLines();

    @TempDir
    Path classes;

    @Test
    void theBuildStoredExactlyWhatTrainingOnTheShippedBankAsPreparedTodayLearns() {
        List<Line> prepared = prepare(BANK);

        CharGramWeights stored = CharGramLayer.learnt(BANK, CharGramWeightsTest::prepare, CharGramLayer.CALIBRATED)
                .learntWeights();
        CharGramWeights trained =
                CharGramLayer.train(prepared, CharGramLayer.CALIBRATED).learntWeights();

        assertThat(CharGramWeights.read(key(BANK)))
                .as("no stored weights for the shipped bank: was the build's guardrail-models step skipped?")
                .isPresent();
        assertThat(CharGramWeights.trainedOn(key(BANK)))
                .as("the stored weights were trained on another preparation of the texts: the build's guardrail-models"
                        + " step has not run since the preparation changed")
                .contains(key(prepared));
        assertThat(stored.classes()).isEqualTo(trained.classes());
        assertThat(stored.weights())
                .as("stored weights differ from training now: a stale file (the training code changed and the recipe"
                        + " did not; build with clean)")
                .isDeepEqualTo(trained.weights());
    }

    @Test
    void aStartReadsTheShippedWeightsWithoutPreparingTheBank() {
        CharGramLayer layer = CharGramLayer.learnt(
                BANK,
                lines -> {
                    throw new AssertionError("the bank was prepared although its weights are shipped");
                },
                CharGramLayer.CALIBRATED);

        assertThat(layer.learntWeights().classes()).isNotEmpty();
    }

    @Test
    void aBankChangedSinceTheBuildIsTrainedNotReadFromTheStaleFile() {
        List<Line> lines = new ArrayList<>(BANK);
        lines.removeLast();

        assertThat(CharGramWeights.read(key(lines))).isEmpty();
        assertThat(CharGramLayer.learnt(lines, CharGramWeightsTest::prepare, CharGramLayer.CALIBRATED)
                        .learntWeights()
                        .weights())
                .isDeepEqualTo(CharGramLayer.train(prepare(lines), CharGramLayer.CALIBRATED)
                        .learntWeights()
                        .weights());
    }

    @Test
    void theBuildTrainsAgainWhenThePreparationChangesAlthoughTheBankDidNot() {
        Path file = classes.resolve(CharGramWeights.RESOURCE.substring(1));
        UnaryOperator<List<Line>> asWritten = lines -> lines;
        UnaryOperator<List<Line>> shouted = lines -> lines.stream()
                .map(line -> new Line(line.section(), line.text().toUpperCase(Locale.ROOT)))
                .toList();

        CharGramLayer.store(LINES, asWritten, classes);
        assertThat(CharGramWeights.holds(file, key(LINES), key(LINES))).isTrue();
        assertThat(CharGramWeights.holds(file, key(LINES), key(shouted.apply(LINES))))
                .isFalse();

        CharGramLayer.store(LINES, shouted, classes);
        assertThat(CharGramWeights.holds(file, key(LINES), key(shouted.apply(LINES))))
                .isTrue();
        assertThat(CharGramWeights.holds(file, key(LINES.reversed()), key(shouted.apply(LINES))))
                .as("another bank")
                .isFalse();
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

    private static List<Line> prepare(List<Line> lines) {
        return CrisisDetector.nGramLines(CrisisDetector.lexicon(), lines);
    }

    private static String key(List<Line> lines) {
        return CharGramWeights.key(CharGramLayer.RECIPE, lines);
    }
}
