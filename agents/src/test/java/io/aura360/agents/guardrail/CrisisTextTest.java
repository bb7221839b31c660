package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.agents.model.LocalEmbeddings;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CrisisTextTest {

    private final CrisisText text = new CrisisText("i sleep badly", List.of("i sleep badly"));

    @Test
    void whatALayerWorksOutIsComputedOnceForThatLayer() {
        AtomicInteger computed = new AtomicInteger();
        Object layer = new Object();

        String first = text.once(layer, () -> "verdict " + computed.incrementAndGet());
        String again = text.once(layer, () -> "verdict " + computed.incrementAndGet());

        assertThat(first).isEqualTo("verdict 1");
        assertThat(again).isSameAs(first);
        assertThat(computed).hasValue(1);
    }

    @Test
    void eachLayerAndEachTextKeepsItsOwn() {
        Object grams = new Object();
        Object other = new Object();
        CrisisText another = new CrisisText("i sleep badly", List.of("i sleep badly"));

        assertThat(text.<String>once(grams, () -> "a")).isEqualTo("a");
        assertThat(text.<String>once(other, () -> "b")).isEqualTo("b");
        assertThat(another.<String>once(grams, () -> "c")).isEqualTo("c");
    }

    @Test
    void theNgramReadingOfATextIsTheSameWhicheverLayerAsksFirst() {
        CrisisDetector detector = CrisisDetector.offline(LocalEmbeddings.bgeSmall());
        CharGramLayer grams = detector.charGramLayer().orElseThrow();
        CrisisText prepared = detector.prepare("I have been giving my things away and writing goodbye letters");
        double direct = grams.classify(prepared.readings().getFirst()).crisisProbability();

        assertThat(grams.uncertain(prepared))
                .isEqualTo(direct >= CharGramLayer.CALIBRATED.low() && direct < CharGramLayer.CALIBRATED.high());
        assertThat(grams.corroborates(prepared)).isEqualTo(direct >= CharGramLayer.CORROBORATES);
    }
}
