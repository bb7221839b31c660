package io.aura360.agents.guardrail;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.aura360.agents.guardrail.ExemplarBank.Exemplar;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Offline embedding similarity against the {@link ExemplarBank}: the text's {@code k} nearest exemplars vote,
 * weighted by similarity, and risk is found when the crisis share of the vote reaches {@code minShare} and the
 * nearest crisis exemplar is at least {@code minSimilarity} close. The level and category are those of the
 * nearest crisis exemplar. Catches the phrasings no list holds ("I've been putting pills aside"); the hard
 * negatives in the bank keep look-alikes ("rope for climbing") out. Thresholds are calibrated on the development
 * set ({@code bench/crisis-eval/dev.jsonl}).
 */
final class SemanticLayer implements CrisisLayer {

    static final String NAME = "semantic";

    private final EmbeddingModel model;

    private final ExemplarBank bank;

    private final Thresholds thresholds;

    SemanticLayer(EmbeddingModel model, ExemplarBank bank, Thresholds thresholds) {
        this.model = model;
        this.bank = bank;
        this.thresholds = thresholds;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CrisisAssessment assess(CrisisText text, CrisisAssessment earlier) {
        if (text.visible().isBlank()) {
            return earlier;
        }
        float[] query = Vectors.unit(model.embed(text.visible()).content().vector());
        List<Neighbour> nearest = new ArrayList<>(bank.size());
        for (Exemplar exemplar : bank.exemplars()) {
            nearest.add(new Neighbour(exemplar, Vectors.dot(query, exemplar.vector())));
        }
        nearest.sort(Comparator.comparingDouble(Neighbour::similarity).reversed());
        List<Neighbour> vote = nearest.subList(0, Math.min(thresholds.k(), nearest.size()));
        double crisis = 0;
        double all = 0;
        Neighbour closestCrisis = null;
        for (Neighbour n : vote) {
            all += n.similarity();
            if (n.exemplar().level() != CrisisRisk.NONE) {
                crisis += n.similarity();
                if (closestCrisis == null) {
                    closestCrisis = n;
                }
            }
        }
        if (closestCrisis == null
                || crisis / all < thresholds.minShare()
                || closestCrisis.similarity() < thresholds.minSimilarity()) {
            return earlier;
        }
        Exemplar match = closestCrisis.exemplar();
        return earlier.and(CrisisAssessment.found(match.level(), match.category(), NAME + ":" + match.category()));
    }

    /** The vote: {@code k} neighbours, the crisis share that flags, the least similarity of the nearest crisis one. */
    record Thresholds(int k, double minShare, double minSimilarity) {

        static final Thresholds CALIBRATED = new Thresholds(5, 0.6, 0.80);
    }

    private record Neighbour(Exemplar exemplar, double similarity) {}
}
