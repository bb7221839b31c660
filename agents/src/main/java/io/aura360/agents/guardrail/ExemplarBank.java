package io.aura360.agents.guardrail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Curated example statements, embedded once at startup: crisis statements per warning-sign category and hard
 * negatives (idioms, fiction, helping someone else, life admin…), Spanish and English, read from
 * {@code guardrails/crisis-exemplars.txt}, whose sections are {@code [high category]}, {@code [concern category]}
 * and {@code [none trap]}. Written from the published warning-sign categories, not from any evaluation set.
 */
final class ExemplarBank {

    static final String DEFAULT_RESOURCE = "/guardrails/crisis-exemplars.txt";

    private final List<Exemplar> exemplars;

    private ExemplarBank(List<Exemplar> exemplars) {
        if (exemplars.isEmpty()) {
            throw new IllegalStateException("crisis exemplar bank is empty");
        }
        this.exemplars = List.copyOf(exemplars);
    }

    static ExemplarBank load(String resource, TextEmbedder model) {
        List<Exemplar> exemplars = new ArrayList<>();
        for (CharGramLayer.Line line : lines(resource)) {
            String visible = TextNormalizer.visible(line.text()).toLowerCase(java.util.Locale.ROOT);
            exemplars.add(new Exemplar(
                    line.section().level(), line.section().category(), Vectors.unit(model.embed(visible))));
        }
        return new ExemplarBank(exemplars);
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
