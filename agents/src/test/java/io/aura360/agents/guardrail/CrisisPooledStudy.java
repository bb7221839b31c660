package io.aura360.agents.guardrail;

import io.aura360.agents.guardrail.CrisisEvaluation.Item;
import io.aura360.agents.guardrail.CrisisEvaluation.Run;
import io.aura360.agents.model.LocalEmbeddings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How the detector's training choices are decided without the frozen test set: leave one development set out. Each
 * of dev2, dev3 and dev4 is scored by a detector trained on the shipped bank and the labelled sets other than
 * itself (dev4 is never training data; {@code dev} is not scored, as the lexicon was written against it), and the
 * ordinary requests of everyday-dev by the dev4 fold's detector. The pooled figures go to
 * {@code target/crisis-pooled.txt}. Run with {@code bench/run.sh crisis-eval --pooled}; it trains three detectors,
 * so it is not part of the build's tests.
 */
@EnabledIfSystemProperty(named = "crisis.eval.pooled", matches = "true")
class CrisisPooledStudy {

    private static final Path SETS = Path.of("..", "bench", "crisis-eval");

    private static final Path LABELLED = Path.of("src", "main", "resources", "guardrails", "crisis-labelled");

    /** The nearest exemplars kept per item: enough for the largest vote swept. */
    private static final int NEAREST_KEPT = 9;

    /** Embeds each text once for the three folds: they share most of their training lines. */
    private static final TextEmbedder EMBEDDER = new TextEmbedder() {
        private final Map<String, float[]> cache = new ConcurrentHashMap<>();

        @Override
        public float[] embed(String text) {
            return cache.computeIfAbsent(text, LocalEmbeddings.bgeSmall()::embed);
        }
    };

    @Test
    void leaveOneSetOut() throws IOException {
        List<Item> pooled = new ArrayList<>();
        List<Boolean> flagged = new ArrayList<>();
        List<Boolean> gramFlagged = new ArrayList<>();
        List<Signals> signals = new ArrayList<>();
        List<Signals> everydaySignals = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        List<Run> everyday = null;
        for (String held : List.of("dev2", "dev3", "dev4")) {
            Path file = held.equals("dev4") ? SETS.resolve("dev4.jsonl") : LABELLED.resolve(held + ".jsonl");
            CrisisDetector detector = CrisisDetector.offline(EMBEDDER, trainingWithout(held));
            List<Run> runs = CrisisEvaluation.runs(detector, CrisisEvaluation.read(file));
            report.append(CrisisEvaluation.report(held + " (left out of training)", runs));
            Run all = runs.getLast();
            Run grams = runs.get(1);
            for (int i = 0; i < all.items().size(); i++) {
                pooled.add(all.items().get(i));
                flagged.add(all.flagged()[i]);
                gramFlagged.add(grams.flagged()[i]);
            }
            signals.addAll(Signals.of(detector, runs.getFirst()));
            if (held.equals("dev4")) {
                everyday = CrisisEvaluation.runs(detector, CrisisEvaluation.read(SETS.resolve("everyday-dev.jsonl")));
                everydaySignals.addAll(Signals.of(detector, everyday.getFirst()));
            }
        }
        Run all = run("pooled, all layers", pooled, flagged);
        Run grams = run("pooled, ngram alone", pooled, gramFlagged);
        StringBuilder summary = new StringBuilder("== pooled (dev2, dev3, dev4 each left out of training)\n");
        for (Run run : List.of(grams, all)) {
            summary.append(String.format(
                    Locale.ROOT,
                    "%-22s %s%n",
                    run.name(),
                    run.score(item -> true).row()));
        }
        for (String category : List.of("farewell", "preparatory")) {
            summary.append(String.format(
                    Locale.ROOT,
                    "  %-20s %s%n",
                    category,
                    all.score(item -> item.category().equals(category)).row()));
        }
        summary.append(String.format(
                Locale.ROOT,
                "everyday-dev, all layers %s%n",
                everyday.getLast().score(item -> true).row()));
        summary.append(bandSweep(pooled, signals, everyday.getFirst().items(), everydaySignals));
        summary.append(voteSweep(pooled, signals, everyday.getFirst().items(), everydaySignals));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "crisis-pooled.txt"), summary.append(report));
    }

    /** The shipped training lines without those of the labelled set {@code held} (dev4 is never among them). */
    private static List<CharGramLayer.Line> trainingWithout(String held) {
        List<CharGramLayer.Line> lines = new ArrayList<>(ExemplarBank.defaultLines());
        if (!held.equals("dev4")) {
            Set<CharGramLayer.Line> heldLines =
                    new HashSet<>(ExemplarBank.labelled("/guardrails/crisis-labelled/" + held + ".jsonl"));
            lines.removeIf(heldLines::contains);
        }
        return lines;
    }

    /**
     * The cascade under other n-gram bands, from each item's signals: the lexicon's finding, the n-gram layer's crisis
     * probability and the semantic vote, as the detector combines them ({@link CharGramLayer#CALIBRATED}).
     */
    private static String bandSweep(
            List<Item> items, List<Signals> signals, List<Item> everydayItems, List<Signals> everydaySignals) {
        StringBuilder out = new StringBuilder("-- band sweep: pooled | everyday-dev\n");
        for (double low = 0.30; low < 0.56; low += 0.05) {
            for (double high = low + 0.10; high < 0.86; high += 0.05) {
                CharGramLayer.Band band = new CharGramLayer.Band(low, high);
                out.append(String.format(
                        Locale.ROOT,
                        "  [%.2f,%.2f)  %s | %s  embedded %d/%d%n",
                        low,
                        high,
                        row(items, signals, band),
                        row(everydayItems, everydaySignals, band),
                        everydaySignals.stream().filter(s -> s.uncertain(band)).count(),
                        everydaySignals.size()));
            }
        }
        return out.toString();
    }

    /** The semantic vote under other thresholds, inside the calibrated band: how its thresholds are re-checked. */
    private static String voteSweep(
            List<Item> items, List<Signals> signals, List<Item> everydayItems, List<Signals> everydaySignals) {
        StringBuilder out =
                new StringBuilder("-- semantic vote sweep inside the calibrated band: pooled | everyday-dev\n");
        for (int k : new int[] {3, 5, 7, 9}) {
            for (double share : new double[] {0.6, 0.7, 0.8}) {
                for (double similarity : new double[] {0.72, 0.74, 0.76, 0.78}) {
                    SemanticLayer.Thresholds thresholds = new SemanticLayer.Thresholds(k, share, similarity);
                    out.append(String.format(
                            Locale.ROOT,
                            "  k=%d share=%.1f sim=%.2f  %s | %s%n",
                            k,
                            share,
                            similarity,
                            row(items, revote(signals, thresholds), CharGramLayer.CALIBRATED),
                            row(everydayItems, revote(everydaySignals, thresholds), CharGramLayer.CALIBRATED)));
                }
            }
        }
        return out.toString();
    }

    private static List<Signals> revote(List<Signals> signals, SemanticLayer.Thresholds thresholds) {
        return signals.stream().map(s -> s.votingWith(thresholds)).toList();
    }

    private static String row(List<Item> items, List<Signals> signals, CharGramLayer.Band band) {
        return run("", items, signals.stream().map(s -> s.flagged(band)).toList())
                .score(item -> true)
                .row();
    }

    /** What each layer found in one item: the corroborated lexicon, the n-gram probability, the semantic vote. */
    private record Signals(
            boolean lexicon, double gramProbability, List<SemanticLayer.Neighbour> nearest, boolean vote) {

        static List<Signals> of(CrisisDetector detector, Run lexicon) {
            CharGramLayer grams = detector.charGramLayer().orElseThrow();
            SemanticLayer semantic = detector.semanticLayer().orElseThrow();
            List<Signals> signals = new ArrayList<>();
            for (int i = 0; i < lexicon.items().size(); i++) {
                CrisisText text = detector.prepare(lexicon.items().get(i).text());
                List<SemanticLayer.Neighbour> nearest =
                        List.copyOf(semantic.nearest(text).subList(0, NEAREST_KEPT));
                signals.add(new Signals(
                        lexicon.flagged()[i],
                        grams.classify(text.readings().getFirst()).crisisProbability(),
                        nearest,
                        SemanticLayer.vote(nearest, SemanticLayer.Thresholds.CALIBRATED)
                                .isPresent()));
            }
            return signals;
        }

        /** The same item under other vote thresholds. */
        Signals votingWith(SemanticLayer.Thresholds thresholds) {
            return new Signals(
                    lexicon,
                    gramProbability,
                    nearest,
                    SemanticLayer.vote(nearest, thresholds).isPresent());
        }

        boolean uncertain(CharGramLayer.Band band) {
            return !lexicon && gramProbability >= band.low() && gramProbability < band.high();
        }

        boolean flagged(CharGramLayer.Band band) {
            return lexicon || gramProbability >= band.high() || (gramProbability >= band.low() && vote);
        }
    }

    private static Run run(String name, List<Item> items, List<Boolean> flags) {
        boolean[] flagged = new boolean[flags.size()];
        for (int i = 0; i < flagged.length; i++) {
            flagged[i] = flags.get(i);
        }
        return new Run(name, items, flagged, flagged, new long[flagged.length]);
    }
}
