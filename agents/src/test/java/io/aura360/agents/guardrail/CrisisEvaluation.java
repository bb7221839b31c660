package io.aura360.agents.guardrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Scores a crisis evaluation set ({@code bench/crisis-eval/*.jsonl}) against the detector: recall on
 * {@code high}+{@code concern}, false-positive rate on {@code none}, and p50 latency, for each layer alone, the
 * layers added one by one, per language, per category and for the Unicode-tricks slice. Prints figures only, never
 * the texts, so a report of the frozen test set cannot be read back into rules.
 */
final class CrisisEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CrisisEvaluation() {}

    record Item(String id, String lang, String label, String category, String text, boolean tricks) {

        boolean crisis() {
            return !"none".equals(label);
        }

        /**
         * Half A or B of a set, by the parity of the item's number: an item and its translation share a number, so
         * neither half holds a translation of the other's items.
         */
        String half() {
            String digits = id.replaceAll("\\D", "");
            return (!digits.isEmpty() && Integer.parseInt(digits) % 2 == 0) ? "B" : "A";
        }
    }

    /**
     * One detector's verdicts on every item, in order, and the time each took: {@code nanos} on the request path
     * (the fast layers, {@link CrisisDetector.Screening#fast()}), {@code totalNanos} with the slow layers, which the
     * pipeline runs beside the advice.
     */
    record Run(String name, List<Item> items, boolean[] flagged, boolean[] high, long[] nanos, long[] totalNanos) {

        Run(String name, List<Item> items, boolean[] flagged, boolean[] high, long[] nanos) {
            this(name, items, flagged, high, nanos, nanos);
        }

        Score score(Predicate<Item> slice) {
            int crisis = 0;
            int caught = 0;
            int none = 0;
            int alarms = 0;
            int highItems = 0;
            int highAgree = 0;
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                if (!slice.test(item)) {
                    continue;
                }
                if (item.crisis()) {
                    crisis++;
                    caught += flagged[i] ? 1 : 0;
                    if ("high".equals(item.label())) {
                        highItems++;
                        highAgree += high[i] ? 1 : 0;
                    }
                } else {
                    none++;
                    alarms += flagged[i] ? 1 : 0;
                }
            }
            return new Score(crisis, caught, none, alarms, highItems, highAgree);
        }

        long p50Micros() {
            return p50(nanos);
        }

        long p50TotalMicros() {
            return p50(totalNanos);
        }

        private static long p50(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2] / 1000;
        }
    }

    record Score(int crisis, int caught, int none, int alarms, int highItems, int highAgree) {

        double recall() {
            return crisis == 0 ? Double.NaN : (double) caught / crisis;
        }

        double fpr() {
            return none == 0 ? Double.NaN : (double) alarms / none;
        }

        String row() {
            return String.format(
                    Locale.ROOT,
                    "recall %s (%d/%d)  fpr %s (%d/%d)",
                    fmt(recall()),
                    caught,
                    crisis,
                    fmt(fpr()),
                    alarms,
                    none);
        }

        private static String fmt(double v) {
            return Double.isNaN(v) ? "  -  " : String.format(Locale.ROOT, "%.3f", v);
        }
    }

    static List<Item> read(Path file) {
        try {
            List<Item> items = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                items.add(new Item(
                        row.path("id").asText(),
                        row.path("lang").asText(),
                        row.path("label").asText(),
                        row.path("category").asText(),
                        row.path("text").asText(),
                        row.path("tricks").asBoolean(false)));
            }
            return items;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Every layer alone, then the layers added one by one; the last run is the whole detector. The detectors take
     * turns on each item, so a load spike on the shared machine hits all of them alike and the added latency
     * against the lexicon baseline stays comparable within the run.
     */
    static List<Run> runs(CrisisDetector detector, List<Item> items) {
        List<String> names = new ArrayList<>();
        List<CrisisDetector> detectors = new ArrayList<>();
        List<String> layers = detector.layerNames();
        for (int i = 0; i < layers.size(); i++) {
            names.add(layers.get(i) + " alone");
            detectors.add(detector.onlyLayer(i));
        }
        for (int i = 2; i <= layers.size(); i++) {
            names.add(String.join("+", layers.subList(0, i)));
            detectors.add(detector.firstLayers(i));
        }
        for (CrisisDetector each : detectors) {
            for (int i = 0; i < Math.min(20, items.size()); i++) {
                each.assess(items.get(i).text()); // warm-up: JIT and the ONNX session
            }
        }
        int n = items.size();
        boolean[][] flagged = new boolean[detectors.size()][n];
        boolean[][] high = new boolean[detectors.size()][n];
        long[][] nanos = new long[detectors.size()][n];
        long[][] totalNanos = new long[detectors.size()][n];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < detectors.size(); d++) {
                long started = System.nanoTime();
                CrisisDetector.Screening screening =
                        detectors.get(d).screen(items.get(i).text(), List.of());
                screening.fast();
                nanos[d][i] = System.nanoTime() - started;
                CrisisAssessment found = screening.complete();
                totalNanos[d][i] = System.nanoTime() - started;
                flagged[d][i] = found.risk();
                high[d][i] = found.level() == CrisisRisk.HIGH;
            }
        }
        List<Run> runs = new ArrayList<>();
        for (int d = 0; d < detectors.size(); d++) {
            runs.add(new Run(names.get(d), items, flagged[d], high[d], nanos[d], totalNanos[d]));
        }
        return runs;
    }

    static String report(String setName, List<Run> runs) {
        StringBuilder out = new StringBuilder();
        List<Item> items = runs.getFirst().items();
        out.append(String.format(Locale.ROOT, "== crisis-eval %s: %d items%n", setName, items.size()));
        long baseline = runs.getFirst().p50Micros();
        out.append("(p50 on the request path: the fast layers; total: with the slow layers the pipeline runs beside"
                + " the advice)\n");
        for (Run run : runs) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-24s %s  high-agree %d/%d  p50 path %d us (+%d us vs lexicon)  total %d us (+%d us)%n",
                    run.name(),
                    run.score(item -> true).row(),
                    run.score(item -> true).highAgree(),
                    run.score(item -> true).highItems(),
                    run.p50Micros(),
                    run.p50Micros() - baseline,
                    run.p50TotalMicros(),
                    run.p50TotalMicros() - baseline));
        }
        Run combined = runs.getLast();
        out.append("-- combined (").append(combined.name()).append(") by slice\n");
        slices(items)
                .forEach((name, slice) -> out.append(String.format(
                        Locale.ROOT, "  %-34s %s%n", name, combined.score(slice).row())));
        return out.toString();
    }

    /**
     * The semantic layer's vote under a grid of thresholds, alone and after the lexicon ({@code lexicon}, the lexicon
     * layer's run on the same items): how {@link SemanticLayer.Thresholds#CALIBRATED} was chosen. For the development
     * set only; sweeping the frozen test set would be tuning on it.
     */
    static String sweep(CrisisDetector detector, Run lexicon) {
        SemanticLayer semantic = detector.semanticLayer().orElseThrow();
        List<Item> items = lexicon.items();
        List<List<SemanticLayer.Neighbour>> nearest = items.stream()
                .map(item -> semantic.nearest(detector.prepare(item.text())))
                .toList();
        StringBuilder out = new StringBuilder("-- semantic threshold sweep (k, crisis share, nearest similarity)\n");
        for (int k : new int[] {3, 5, 7, 9}) {
            for (double share : new double[] {0.6, 0.7, 0.8}) {
                for (double similarity : new double[] {0.74, 0.76, 0.78, 0.80}) {
                    SemanticLayer.Thresholds thresholds = new SemanticLayer.Thresholds(k, share, similarity);
                    boolean[] alone = new boolean[items.size()];
                    boolean[] both = new boolean[items.size()];
                    for (int i = 0; i < items.size(); i++) {
                        alone[i] =
                                SemanticLayer.vote(nearest.get(i), thresholds).isPresent();
                        both[i] = alone[i] || lexicon.flagged()[i];
                    }
                    long[] none = new long[items.size()];
                    out.append(String.format(
                            Locale.ROOT,
                            "  k=%d share=%.1f sim=%.2f  semantic %s | lexicon+semantic %s%n",
                            k,
                            share,
                            similarity,
                            new Run("", items, alone, alone, none)
                                    .score(item -> true)
                                    .row(),
                            new Run("", items, both, both, none)
                                    .score(item -> true)
                                    .row()));
                }
            }
        }
        return out.toString();
    }

    /**
     * The n-gram layer's crisis-probability threshold swept alone and after the lexicon: how
     * {@link CharGramLayer#CALIBRATED} was chosen. For the development set only.
     */
    static String gramSweep(CrisisDetector detector, Run lexicon) {
        CharGramLayer grams = detector.charGramLayer().orElseThrow();
        List<Item> items = lexicon.items();
        double[] probability = items.stream()
                .mapToDouble(item -> grams.classify(
                                detector.prepare(item.text()).readings().getFirst())
                        .crisisProbability())
                .toArray();
        StringBuilder out = new StringBuilder("-- ngram threshold sweep (crisis probability)\n");
        long[] none = new long[items.size()];
        for (double threshold = 0.3; threshold < 0.91; threshold += 0.05) {
            boolean[] alone = new boolean[items.size()];
            boolean[] both = new boolean[items.size()];
            for (int i = 0; i < items.size(); i++) {
                alone[i] = probability[i] >= threshold;
                both[i] = alone[i] || lexicon.flagged()[i];
            }
            out.append(String.format(
                    Locale.ROOT,
                    "  p>=%.2f  ngram %s | lexicon+ngram %s%n",
                    threshold,
                    new Run("", items, alone, alone, none).score(item -> true).row(),
                    new Run("", items, both, both, none).score(item -> true).row()));
        }
        SemanticLayer semantic = detector.semanticLayer().orElseThrow();
        boolean[] semanticVote = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            semanticVote[i] = SemanticLayer.vote(
                            semantic.nearest(detector.prepare(items.get(i).text())),
                            SemanticLayer.Thresholds.CALIBRATED)
                    .isPresent();
        }
        out.append("-- cascade: ngram decides outside [low, high), the semantic vote inside (alone)\n");
        for (double low = 0.3; low < 0.56; low += 0.05) {
            for (double high = low + 0.1; high < 0.81; high += 0.05) {
                boolean[] flagged = new boolean[items.size()];
                int embedded = 0;
                for (int i = 0; i < items.size(); i++) {
                    boolean uncertain = probability[i] >= low && probability[i] < high;
                    embedded += uncertain ? 1 : 0;
                    flagged[i] = probability[i] >= high || (uncertain && semanticVote[i]);
                }
                out.append(String.format(
                        Locale.ROOT,
                        "  [%.2f,%.2f) embedded %3d/%d  %s%n",
                        low,
                        high,
                        embedded,
                        items.size(),
                        new Run("", items, flagged, flagged, none)
                                .score(item -> true)
                                .row()));
            }
        }
        return out.toString();
    }

    private static Map<String, Predicate<Item>> slices(List<Item> items) {
        Map<String, Predicate<Item>> slices = new LinkedHashMap<>();
        for (String lang : List.of("en", "es")) {
            slices.put("lang " + lang, item -> item.lang().equals(lang));
        }
        slices.put("tricks", Item::tricks);
        for (String half : List.of("A", "B")) {
            slices.put("half " + half + " (odd/even ids)", item -> item.half().equals(half));
        }
        Map<String, String> categories = new TreeMap<>();
        items.forEach(item -> categories.putIfAbsent(item.category(), item.crisis() ? "crisis" : "none"));
        Function<String, Predicate<Item>> byCategory =
                c -> item -> item.category().equals(c);
        categories.forEach((c, kind) -> slices.put(kind + " " + c, byCategory.apply(c)));
        return slices;
    }
}
