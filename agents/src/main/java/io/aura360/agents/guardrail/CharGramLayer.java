package io.aura360.agents.guardrail;

import io.aura360.platform.built.BuiltFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A fast offline classifier over character n-grams: multinomial logistic regression on hashed 3–5-letter grams and
 * word uni/bigrams of the folded text, trained on the {@link ExemplarBank}'s lines (by the build, which ships the
 * weights: {@link CharGramWeights}), one class per bank section ({@code high preparatory}, {@code none idiom}…).
 * Letter grams share evidence between inflections, Spanish and English cognates and misspellings ("despedida"/"despedirme", "pils"/"pills") where whole words do
 * not, and scoring is a sparse dot product: tens of microseconds, against one embedding's tens of milliseconds.
 * Risk is found when the crisis sections together hold at least {@code band.high()} of the mass; the level and
 * category are those of the likeliest crisis section. Between {@code band.low()} and {@code band.high()} the text is
 * {@linkplain #uncertain uncertain}: the layer leaves it to the slower {@link SemanticLayer}, which embeds only
 * those texts, so the embedding is paid on a minority of messages.
 */
final class CharGramLayer implements CrisisLayer {

    static final String NAME = "ngram";

    /**
     * Calibrated on the development sets, each scored by the detector trained without it (dev2, dev3, dev4; 492
     * crisis statements and 508 hard negatives pooled) and on the ordinary requests of everyday-dev
     * ({@code bench/run.sh crisis-eval --pooled}): the best pooled recall whose false alarms, of both kinds, are no
     * worse than the detector shipped before (3.7 % / 5.0 %), embedding at most one ordinary request in eight. With
     * the thirteenth change's bank: [0.35, 0.70) recall 0.965, 3.5 % false alarms, everyday-dev 3.1 %, 18/160
     * ordinary requests embedded; [0.30, 0.70) 0.967 / 3.7 % / 3.1 % but 28/160 embedded; [0.50, 0.70) 0.955 / 3.1
     * % / 2.5 %, 8/160; [0.30, 0.65) 0.974 / 4.3 % / 4.4 %.
     */
    static final Band CALIBRATED = new Band(0.35, 0.70);

    private static final int DIMENSIONS = 1 << 16;

    private static final int EPOCHS = 40;

    private static final double LEARNING_RATE = 0.5;

    private static final double L2 = 1e-5;

    /**
     * Names everything training depends on besides its lines: the settings, and the bytes of this class and of its
     * feature code, so stored weights trained by other code are not read (an edit here means training again once,
     * at the next build).
     */
    static final String RECIPE = "ngram 3-5 letters, word 1-2 grams, dimensions " + DIMENSIONS + ", epochs " + EPOCHS
            + ", rate " + LEARNING_RATE + ", l2 " + L2 + ", code "
            + BuiltFile.codeDigest(CharGramLayer.class, Features.class);

    private final List<Section> classes;

    /** weights[class][feature], learnt once; read-only afterwards, so the layer is thread-safe. */
    private final float[][] weights;

    private final Band band;

    private CharGramLayer(List<Section> classes, float[][] weights, Band band) {
        this.classes = List.copyOf(classes);
        this.weights = weights;
        this.band = band;
    }

    /**
     * The layer learnt from the bank's {@code lines} as {@code prepare} folds them: the weights the build stored for
     * exactly these lines, else trained now (the evaluation's other training sets, a bank changed since the build).
     * A start looks the weights up by the lines as written, without preparing them: preparing every line was most of
     * the detector's start (docs/performance.md, part 14). What the build trained them on is checked by the build.
     */
    static CharGramLayer learnt(List<Line> lines, UnaryOperator<List<Line>> prepare, Band band) {
        return CharGramWeights.read(CharGramWeights.key(RECIPE, lines))
                .map(stored -> new CharGramLayer(stored.classes(), stored.weights(), band))
                .orElseGet(() -> train(prepare.apply(lines), band));
    }

    /**
     * Trains on the bank's {@code lines} as {@code prepare} folds them and stores the weights under {@code classes},
     * unless the file already holds weights for these lines trained on these prepared texts: a change of the text
     * preparation (its code or its word lists) trains again at the next build although the lines are the same.
     */
    static void store(List<Line> lines, UnaryOperator<List<Line>> prepare, Path classes) {
        Path file = classes.resolve(CharGramWeights.RESOURCE.substring(1));
        String key = CharGramWeights.key(RECIPE, lines);
        List<Line> prepared = prepare.apply(lines);
        String trainedOn = CharGramWeights.key(RECIPE, prepared);
        if (!CharGramWeights.holds(file, key, trainedOn)) {
            train(prepared, CALIBRATED).learntWeights().write(file, key, trainedOn);
        }
    }

    /** What this layer learnt: its classes and their weights. */
    CharGramWeights learntWeights() {
        return new CharGramWeights(classes, weights);
    }

    /**
     * Trained on {@code lines}, each a folded text (the first reading of {@link CrisisText}) with its section.
     * Deterministic: a fixed order, a fixed number of passes and no random initialisation.
     */
    static CharGramLayer train(List<Line> lines, Band band) {
        Map<Section, Integer> index = new LinkedHashMap<>();
        lines.forEach(line -> index.putIfAbsent(line.section(), index.size()));
        List<Section> classes = new ArrayList<>(index.keySet());
        float[][] weights = new float[classes.size()][DIMENSIONS];
        List<Features> examples =
                lines.stream().map(line -> Features.of(line.text())).toList();
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double rate = LEARNING_RATE / (1 + epoch * 0.1);
            for (int n = 0; n < examples.size(); n++) {
                Features x = examples.get(n);
                double[] p = probabilities(weights, x);
                int gold = index.get(lines.get(n).section());
                for (int c = 0; c < classes.size(); c++) {
                    double gradient = p[c] - (c == gold ? 1 : 0);
                    float[] w = weights[c];
                    for (int f = 0; f < x.ids().length; f++) {
                        int id = x.ids()[f];
                        w[id] -= (float) (rate * (gradient * x.values()[f] + L2 * w[id]));
                    }
                }
            }
        }
        return new CharGramLayer(classes, weights, band);
    }

    /**
     * The crisis probability from which this layer confirms a bare mention of the topic found by the lexicon
     * ("suicide", "cut myself"). Chosen on the development sets, each scored by a layer trained without it: 0.4 /
     * 0.5 / 0.6 kept recall within one statement and took dev4's false alarms from 9.7 % (every mention counting)
     * to 6.3 / 4.0 / 3.4 %; the lower of the two best is kept, since a miss costs more than a false alarm.
     */
    static final double CORROBORATES = 0.5;

    /** Whether this text leans towards risk enough to confirm a bare mention of the topic found by the lexicon. */
    boolean corroborates(CrisisText text) {
        return crisisProbability(text) >= CORROBORATES;
    }

    /** Whether the semantic layer should settle this text: its crisis probability lies inside the band. */
    boolean uncertain(CrisisText text) {
        double p = crisisProbability(text);
        return p >= band.low() && p < band.high();
    }

    /** The crisis share of the text's first reading; none for a text with no reading. */
    private double crisisProbability(CrisisText text) {
        return text.readings().isEmpty() ? 0 : verdict(text).crisisProbability();
    }

    /**
     * The verdict on the text's first reading, classified once per text: the lexicon's corroboration, this layer and
     * the semantic layer's gate all ask for it.
     */
    private Verdict verdict(CrisisText text) {
        return text.once(this, () -> classify(text.readings().getFirst()));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CrisisAssessment assess(CrisisText text, CrisisAssessment earlier) {
        if (earlier.level() == CrisisRisk.HIGH || text.readings().isEmpty()) {
            return earlier;
        }
        Verdict verdict = verdict(text);
        if (verdict.crisisProbability() < band.high()) {
            return earlier;
        }
        Section top = verdict.likeliestCrisis();
        return earlier.and(CrisisAssessment.found(top.level(), top.category(), NAME + ":" + top.category()));
    }

    /** The crisis share of the probability mass and the likeliest crisis section, for a folded text. */
    Verdict classify(String folded) {
        double[] p = probabilities(weights, Features.of(folded));
        double crisis = 0;
        int top = -1;
        for (int c = 0; c < classes.size(); c++) {
            if (classes.get(c).level() != CrisisRisk.NONE) {
                crisis += p[c];
                if (top < 0 || p[c] > p[top]) {
                    top = c;
                }
            }
        }
        return new Verdict(crisis, top < 0 ? null : classes.get(top));
    }

    private static double[] probabilities(float[][] weights, Features x) {
        double[] scores = new double[weights.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < weights.length; c++) {
            double s = 0;
            for (int f = 0; f < x.ids().length; f++) {
                s += weights[c][x.ids()[f]] * x.values()[f];
            }
            scores[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = Math.exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] /= sum;
        }
        return scores;
    }

    /** A bank section: a risk level and its warning-sign category (or trap name for {@code none}). */
    record Section(CrisisRisk level, String category) {}

    /** One training line: a folded text and its section. */
    record Line(Section section, String text) {}

    /** Crisis probabilities: under {@code low} none, from {@code high} risk, in between uncertain. */
    record Band(double low, double high) {}

    record Verdict(double crisisProbability, Section likeliestCrisis) {}

    /** A text's hashed grams, counted and scaled to unit length, so long and short texts weigh alike. */
    record Features(int[] ids, float[] values) {

        static Features of(String folded) {
            String text = " " + folded.replace(" . ", " ").strip() + " ";
            Map<Integer, Integer> counts = new LinkedHashMap<>();
            for (int n = 3; n <= 5; n++) {
                for (int i = 0; i + n <= text.length(); i++) {
                    add(counts, text.substring(i, i + n).hashCode());
                }
            }
            String[] words = text.strip().split(" ");
            for (int i = 0; i < words.length; i++) {
                add(counts, ("w:" + words[i]).hashCode());
                if (i + 1 < words.length) {
                    add(counts, ("b:" + words[i] + ' ' + words[i + 1]).hashCode());
                }
            }
            int[] ids = new int[counts.size()];
            float[] values = new float[counts.size()];
            double norm = 0;
            int i = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                ids[i] = e.getKey();
                values[i] = e.getValue();
                norm += (double) e.getValue() * e.getValue();
                i++;
            }
            float scale = (float) (1 / Math.sqrt(Math.max(norm, 1)));
            for (int j = 0; j < values.length; j++) {
                values[j] *= scale;
            }
            return new Features(ids, values);
        }

        private static void add(Map<Integer, Integer> counts, int hash) {
            counts.merge(Math.floorMod(hash * 0x9E3779B1, DIMENSIONS), 1, Integer::sum);
        }
    }
}
