package io.aura360.agents.guardrail;

import io.aura360.platform.built.BuiltFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Spots suicide and self-harm risk in what a user writes, in Spanish and English, and grades it
 * ({@link CrisisRisk}) so the pipeline can answer with crisis resources ({@link CrisisResources}) instead of, or
 * beside, wellbeing advice. The text is prepared once ({@link TextNormalizer}: NFKC, invisible characters,
 * look-alike letters, accents, repeated letters, texting spellings and one-typo misspellings) and then goes
 * through layers in order, each of which may raise what the earlier ones found and none may lower it:
 *
 * <ol>
 * <li>{@link LexiconLayer}: the reviewed phrase lists of {@code guardrails/crisis-patterns.txt}, one matcher;</li>
 * <li>{@link CharGramLayer}: a character n-gram classifier trained on the curated exemplars (by the build), fast and
 * tolerant of misspellings;</li>
 * <li>{@link SemanticLayer}: embedding similarity to the same exemplars (offline, the in-jar bge-small model), only
 * for the texts the n-gram layer is unsure about;</li>
 * <li>{@link SafetyModelLayer}: a hosted classifier, when one is configured, bounded by a strict timeout.</li>
 * </ol>
 *
 * <p>
 * It is a screen, not a clinical assessment: it favours recall, and a person can always phrase distress in words
 * no layer knows. A negative result is no evidence of safety.
 */
public final class CrisisDetector {

    static final String DEFAULT_RULES = "/guardrails/crisis-patterns.txt";

    /** Earlier user turns read together with the new message: a farewell after distress two turns ago counts. */
    static final int WINDOW_TURNS = 3;

    private static final String FUZZY = "fuzzy";

    private static final String SLANG = "slang";

    private static final String EXCLUDE = "exclude";

    /** Punctuation that splits a word to dodge filters ("sui.cide", "su-icide"). */
    private static final Pattern PUNCTUATION_INSIDE_WORD = Pattern.compile("(?<=\\p{L})[^\\p{L}\\p{N}\\s]+(?=\\p{L})");

    /** A hyphen joining two whole words ("suicide-prevention") is not an obfuscation, and is kept. */
    private static final Pattern COMPOUND_WORD = Pattern.compile("\\p{L}{4,}-\\p{L}{4,}");

    private final TextNormalizer normalizer = TextNormalizer.forCrisis();

    private final SpellingCorrector spelling;

    /** Immutable once built, shared: the offline detectors by embedder. */
    private static final Map<TextEmbedder, CrisisDetector> OFFLINE = new ConcurrentHashMap<>();

    private final List<CrisisLayer> layers;

    /**
     * The lexicon layer alone over the default rules, for model-written text, tests of the phrase lists and as the
     * benchmark's baseline. Built once per JVM: compiling the phrase automata takes a few hundred milliseconds.
     */
    public static CrisisDetector lexicon() {
        return DefaultLexicon.DETECTOR;
    }

    private static final class DefaultLexicon {
        static final CrisisDetector DETECTOR = new CrisisDetector(DEFAULT_RULES);
    }

    CrisisDetector(String rulesResource) {
        Map<String, List<String>> sections = RuleFile.sections(rulesResource);
        this.spelling = new SpellingCorrector(
                sections.getOrDefault(FUZZY, List.of()), sections.getOrDefault(SLANG, List.of()), normalizer);
        Map<String, List<String>> signals = sections.entrySet().stream()
                .filter(e -> !List.of(FUZZY, SLANG, EXCLUDE).contains(e.getKey()))
                .collect(Collectors.toMap(
                        Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
        if (signals.isEmpty()) {
            throw new IllegalStateException(rulesResource + ": no signal sections");
        }
        this.layers = List.of(new LexiconLayer(signals, sections.getOrDefault(EXCLUDE, List.of()), normalizer));
    }

    private CrisisDetector(SpellingCorrector spelling, List<CrisisLayer> layers) {
        this.spelling = spelling;
        this.layers = List.copyOf(layers);
    }

    /**
     * The offline layers (lexicon, n-gram and semantic over {@code embedder}), built once per embedder and JVM: reading
     * what the build stored takes a fraction of a second, computing it when the build did not store it (a model
     * without a name, a bank changed since) takes seconds.
     */
    public static CrisisDetector offline(TextEmbedder embedder) {
        return OFFLINE.computeIfAbsent(embedder, CrisisDetector::buildOffline);
    }

    /** These layers followed by a hosted safety classifier, which only ever raises the risk they found. */
    public CrisisDetector withModel(SafetyClassifier classifier) {
        List<CrisisLayer> all = new ArrayList<>(layers);
        all.add(new SafetyModelLayer(classifier));
        return new CrisisDetector(spelling, all);
    }

    /** The same detector limited to its first {@code count} layers: the evaluation scores each layer's addition. */
    CrisisDetector firstLayers(int count) {
        return new CrisisDetector(spelling, layers.subList(0, count));
    }

    /** The same detector with only its layer at {@code index}: each layer is also scored on its own. */
    CrisisDetector onlyLayer(int index) {
        return new CrisisDetector(spelling, List.of(layers.get(index)));
    }

    /** The semantic layer, when this detector has one: the evaluation sweeps its thresholds on the development set. */
    Optional<SemanticLayer> semanticLayer() {
        return layers.stream()
                .filter(SemanticLayer.class::isInstance)
                .map(SemanticLayer.class::cast)
                .findFirst();
    }

    /** The n-gram layer, when this detector has one: the evaluation sweeps its threshold on the development set. */
    Optional<CharGramLayer> charGramLayer() {
        return layers.stream()
                .filter(CharGramLayer.class::isInstance)
                .map(CharGramLayer.class::cast)
                .findFirst();
    }

    List<String> layerNames() {
        return layers.stream().map(CrisisLayer::name).toList();
    }

    public CrisisAssessment assess(String text) {
        return assess(text, List.of());
    }

    /**
     * The risk in {@code message}, read also together with the user's {@code earlierTurns} (oldest first; the
     * last {@value #WINDOW_TURNS} count), so a goodbye after earlier distress is not read as a goodbye alone.
     */
    public CrisisAssessment assess(String message, List<String> earlierTurns) {
        return screen(message, earlierTurns).complete();
    }

    /**
     * The fast layers' reading of {@code message} (and of its conversation window, as {@link #assess(String, List)}),
     * with the slow layers left for {@link Screening#complete()}: a caller can start the advice pipeline while they
     * run and decide on the complete finding, so an embedding or a hosted classifier adds no time on the request
     * path. Each text is prepared once for every layer.
     */
    public Screening screen(String message, List<String> earlierTurns) {
        List<String> texts = new ArrayList<>();
        texts.add(message);
        List<String> recent =
                earlierTurns.stream().filter(t -> t != null && !t.isBlank()).toList();
        if (!recent.isEmpty()) {
            List<String> window =
                    new ArrayList<>(recent.subList(Math.max(0, recent.size() - WINDOW_TURNS), recent.size()));
            window.add(message == null ? "" : message);
            texts.add(String.join("\n", window));
        }
        List<Reading> readings = new ArrayList<>();
        for (String raw : texts) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            CrisisText text = prepare(raw);
            CrisisAssessment found = CrisisAssessment.NONE;
            for (CrisisLayer layer : layers) {
                if (!layer.slow()) {
                    found = layer.assess(text, found);
                }
            }
            readings.add(new Reading(text, found));
        }
        return new Screening(readings, layers.stream().filter(CrisisLayer::slow).toList());
    }

    /** One prepared text and what the fast layers found in it. */
    private record Reading(CrisisText text, CrisisAssessment fast) {}

    /**
     * A request's crisis screening: {@link #fast()} is known at once; {@link #complete()} adds the slow layers
     * (none when {@link #pending()} is false), which only ever raise it. Thread-safe: {@code complete()} may run on
     * another thread while the request goes on.
     */
    public static final class Screening {

        private final List<Reading> readings;

        private final List<CrisisLayer> slowLayers;

        private Screening(List<Reading> readings, List<CrisisLayer> slowLayers) {
            this.readings = List.copyOf(readings);
            this.slowLayers = List.copyOf(slowLayers);
        }

        /** What the fast layers found in the message and its window. */
        public CrisisAssessment fast() {
            return readings.stream().map(Reading::fast).reduce(CrisisAssessment.NONE, CrisisAssessment::and);
        }

        /** Whether slow layers are still to run: when not, {@link #complete()} is {@link #fast()}. */
        public boolean pending() {
            return !slowLayers.isEmpty();
        }

        /** Every layer's finding: the slow layers run now, on the calling thread. */
        public CrisisAssessment complete() {
            CrisisAssessment all = CrisisAssessment.NONE;
            for (Reading reading : readings) {
                CrisisAssessment found = reading.fast();
                for (CrisisLayer layer : slowLayers) {
                    found = layer.assess(reading.text(), found);
                }
                all = all.and(found);
            }
            return all;
        }
    }

    CrisisText prepare(String raw) {
        String visible = spelling.expandSlang(TextNormalizer.visible(raw).toLowerCase(Locale.ROOT));
        List<String> readings = List.of(raw, joinSplitWords(raw)).stream()
                .distinct()
                .map(reading -> spelling.correct(normalizer.text(reading)))
                .toList();
        return new CrisisText(visible, readings);
    }

    private static String joinSplitWords(String text) {
        String protectedText =
                COMPOUND_WORD.matcher(text).replaceAll(m -> m.group().replace('-', '\u2060'));
        return PUNCTUATION_INSIDE_WORD
                .matcher(protectedText)
                .replaceAll(m -> m.group().equals("\u2060") ? " " : "");
    }

    private static CrisisDetector buildOffline(TextEmbedder embedder) {
        return offline(embedder, ExemplarBank.defaultLines());
    }

    /**
     * What a start would otherwise compute from the shipped exemplar bank, stored under {@code classes} where a start
     * finds it: the bank's vectors by {@code embedder} and the n-gram layer's weights. Run by the build after
     * compiling ({@code BuildGuardrailModels}); a file that already holds the right key is left as it is.
     */
    static void storeBuiltModels(TextEmbedder embedder, Path classes) {
        List<CharGramLayer.Line> bank = ExemplarBank.defaultLines();
        List<String> texts = ExemplarBank.texts(bank);
        Path file = classes.resolve(ExemplarVectors.RESOURCE.substring(1));
        String key = ExemplarVectors.key(embedder.name(), texts);
        if (!BuiltFile.holds(file, key)) {
            ExemplarVectors.write(file, key, ExemplarBank.embedAll(texts, embedder));
        }
        CrisisDetector lexicon = lexicon();
        CharGramLayer.store(bank, lines -> nGramLines(lexicon, lines), classes);
    }

    /** The offline layers trained on {@code bank}, built anew: the evaluation compares training sets. */
    static CrisisDetector offline(TextEmbedder embedder, List<CharGramLayer.Line> bank) {
        CrisisDetector lexicon = lexicon();
        CharGramLayer grams = CharGramLayer.learnt(bank, lines -> nGramLines(lexicon, lines), CharGramLayer.CALIBRATED);
        SemanticLayer semantic =
                new SemanticLayer(embedder, ExemplarBank.embed(bank, embedder), SemanticLayer.Thresholds.CALIBRATED);
        List<CrisisLayer> layers = new ArrayList<>();
        for (CrisisLayer layer : lexicon.layers) {
            layers.add(layer instanceof LexiconLayer words ? words.corroboratedBy(grams::corroborates) : layer);
        }
        layers.add(grams);
        layers.add(semantic.gatedBy(grams::uncertain));
        return new CrisisDetector(lexicon.spelling, layers);
    }

    /** The bank's lines as the n-gram layer learns them: each text's first prepared reading. */
    static List<CharGramLayer.Line> nGramLines(CrisisDetector lexicon, List<CharGramLayer.Line> bank) {
        return bank.stream()
                .map(line -> new CharGramLayer.Line(
                        line.section(), lexicon.prepare(line.text()).readings().getFirst()))
                .toList();
    }
}
