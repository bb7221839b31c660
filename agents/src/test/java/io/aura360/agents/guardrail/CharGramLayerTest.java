package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.agents.guardrail.CharGramLayer.Band;
import io.aura360.agents.guardrail.CharGramLayer.Line;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The n-gram layer trained on the real exemplar bank, on phrasings that are in neither the bank nor a set. */
class CharGramLayerTest {

    private static final CrisisDetector LEXICON = CrisisDetector.lexicon();

    private static final CharGramLayer LAYER = train(CharGramLayer.CALIBRATED);

    private static CharGramLayer train(Band band) {
        return CharGramLayer.train(
                ExemplarBank.lines(ExemplarBank.DEFAULT_RESOURCE).stream()
                        .map(line -> new Line(line.section(), folded(line.text())))
                        .toList(),
                band);
    }

    private static String folded(String text) {
        return LEXICON.prepare(text).readings().getFirst();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ive been stockpilin my pills for a while now",
                "already gave my games and my guitar away, wont need them",
                "he ido guardando las pastillas para tomarlas todas",
                "les deje cartas de despedida a mis hermanos"
            })
    void leansToRiskForUnseenPreparatoryAndFarewellPhrasings(String text) {
        assertThat(LAYER.classify(folded(text)).crisisProbability()).isGreaterThan(0.5);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "giving my plants away because im moving to berlin",
                "what is a good stretching routine after running",
                "regalo mis libros viejos porque me mudo de piso"
            })
    void leansAwayFromRiskForOrdinaryErrands(String text) {
        assertThat(LAYER.classify(folded(text)).crisisProbability()).isLessThan(0.5);
    }

    @Test
    void trainingIsDeterministic() {
        String text = folded("i dont see the point of anything anymore");
        assertThat(train(CharGramLayer.CALIBRATED).classify(text)).isEqualTo(LAYER.classify(text));
    }

    @Test
    void leavesTheUncertainBandToTheSemanticLayerAndNeverLowersAFinding() {
        CharGramLayer unsure = train(new Band(0.0, 1.01));
        CrisisText text = LEXICON.prepare("ive been stockpilin my pills for a while now");

        assertThat(unsure.uncertain(text)).isTrue();
        assertThat(unsure.assess(text, CrisisAssessment.NONE)).isEqualTo(CrisisAssessment.NONE);
        CrisisAssessment concern = CrisisAssessment.found(CrisisRisk.CONCERN, "burden", "lexicon:burden");
        assertThat(LAYER.assess(LEXICON.prepare("what a lovely day"), concern)).isEqualTo(concern);
    }

    @Test
    void namesTheCategoryOfTheLikeliestCrisisSection() {
        CharGramLayer.Verdict verdict = LAYER.classify(folded("i want to kill myself"));
        assertThat(verdict.crisisProbability()).isGreaterThanOrEqualTo(CharGramLayer.CALIBRATED.high());
        assertThat(verdict.likeliestCrisis().level()).isEqualTo(CrisisRisk.HIGH);
        assertThat(List.of("active_ideation", "plan_or_intent"))
                .contains(verdict.likeliestCrisis().category());
    }
}
