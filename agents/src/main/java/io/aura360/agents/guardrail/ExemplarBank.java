package io.aura360.agents.guardrail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Example statements the n-gram and semantic layers learn from: crisis statements per warning-sign category and hard
 * negatives (idioms, fiction, helping someone else, life admin…), Spanish and English. Two sources: the curated
 * {@code guardrails/crisis-exemplars.txt}, whose sections are {@code [high category]}, {@code [concern category]}
 * and {@code [none trap]}, written from the published warning-sign categories; and the labelled development sets
 * of {@code guardrails/crisis-labelled/} (one JSON object per line with {@code label}, {@code category} and
 * {@code text}), each written by another writer, retired from evaluation when they became training data. The frozen
 * test set and the held-out development set ({@code bench/crisis-eval}) are never read here.
 */
final class ExemplarBank {

    static final String DEFAULT_RESOURCE = "/guardrails/crisis-exemplars.txt";

    static final List<String> LABELLED_RESOURCES = List.of(
            "/guardrails/crisis-labelled/dev.jsonl",
            "/guardrails/crisis-labelled/dev2.jsonl",
            "/guardrails/crisis-labelled/dev3.jsonl");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Exemplar> exemplars;

    private ExemplarBank(List<Exemplar> exemplars) {
        if (exemplars.isEmpty()) {
            throw new IllegalStateException("crisis exemplar bank is empty");
        }
        this.exemplars = List.copyOf(exemplars);
    }

    /** The curated bank and the labelled sets: what the shipped detector learns from. */
    static List<CharGramLayer.Line> defaultLines() {
        List<CharGramLayer.Line> lines = new ArrayList<>(lines(DEFAULT_RESOURCE));
        LABELLED_RESOURCES.forEach(resource -> lines.addAll(labelled(resource)));
        return lines;
    }

    /**
     * These lines, each embedded once, or read from the vectors the build stored for exactly these texts and this
     * model ({@link ExemplarVectors}).
     */
    static ExemplarBank embed(List<CharGramLayer.Line> lines, TextEmbedder model) {
        List<String> texts = texts(lines);
        List<float[]> vectors = stored(texts, model).orElseGet(() -> embedAll(texts, model));
        List<Exemplar> exemplars = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            CharGramLayer.Section section = lines.get(i).section();
            exemplars.add(new Exemplar(section.level(), section.category(), vectors.get(i)));
        }
        return new ExemplarBank(exemplars);
    }

    /** The unit vectors of {@code texts}, several at a time: the model's session is thread-safe. */
    static List<float[]> embedAll(List<String> texts, TextEmbedder model) {
        return texts.parallelStream()
                .map(text -> Vectors.unit(model.embed(text)))
                .toList();
    }

    /** What the semantic layer embeds of each line: its visible text, lower-cased. */
    static List<String> texts(List<CharGramLayer.Line> lines) {
        return lines.stream()
                .map(line -> TextNormalizer.visible(line.text()).toLowerCase(Locale.ROOT))
                .toList();
    }

    private static Optional<List<float[]>> stored(List<String> texts, TextEmbedder model) {
        if (model.name().isEmpty()) {
            return Optional.empty();
        }
        return ExemplarVectors.read(ExemplarVectors.key(model.name(), texts))
                .filter(vectors -> vectors.size() == texts.size());
    }

    /** A labelled set's lines, each in the section of its label and category. */
    static List<CharGramLayer.Line> labelled(String resource) {
        return RuleFile.lines(resource).stream()
                .filter(row -> !row.isBlank())
                .map(JSON::readTree)
                .map(item -> new CharGramLayer.Line(
                        new CharGramLayer.Section(
                                CrisisRisk.parse(item.path("label").asString()),
                                item.path("category").asString()),
                        item.path("text").asString()))
                .toList();
    }

    /** The bank's lines as written, each with its section: the training data of {@link CharGramLayer}. */
    static List<CharGramLayer.Line> lines(String resource) {
        List<CharGramLayer.Line> lines = new ArrayList<>();
        for (Map.Entry<String, List<String>> section :
                RuleFile.sections(resource).entrySet()) {
            String[] header = section.getKey().split("\\s+", 2);
            CrisisRisk level = CrisisRisk.parse(header[0]);
            String category = (header.length > 1) ? header[1] : level.wireName();
            for (String text : section.getValue()) {
                lines.add(new CharGramLayer.Line(new CharGramLayer.Section(level, category), text));
            }
        }
        return lines;
    }

    List<Exemplar> exemplars() {
        return exemplars;
    }

    int size() {
        return exemplars.size();
    }

    record Exemplar(CrisisRisk level, String category, float[] vector) {}
}
