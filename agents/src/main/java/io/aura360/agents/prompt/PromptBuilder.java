package io.aura360.agents.prompt;

import io.aura360.contracts.vector.EvidenceHit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a versioned prompt template ({@code prompts/NAME.LOCALE.txt}, English when the locale has none) with
 * the context package, the request and the evidence. Everything the user wrote or that was stored about them
 * goes into one fenced JSON data block ({@link PromptData}), which the template declares to be data, never
 * instructions; it is rendered with sorted keys, so the same input always gives the same prompt and checksum.
 * A template's first line, {@code version: N}, is its version: bumped whenever its wording changes, and not
 * sent to the model.
 */
public final class PromptBuilder {

    private static final String FALLBACK_LOCALE = "en";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)\\}\\}");

    private static final Pattern NAME = Pattern.compile("[a-z0-9_-]+");

    private static final Pattern LOCALE = Pattern.compile("^[a-z]{2}(-[A-Z]{2})?$");

    private static final Pattern VERSION_LINE = Pattern.compile("\\Aversion: (\\d+)\\n");

    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    public Prompt build(PromptInput input) {
        Template template = template(input.templateName(), input.locale());
        Map<String, String> values = Map.of(
                "agent",
                input.agent(),
                "category",
                input.category(),
                "data",
                PromptData.render(input.context(), input.request()),
                "max_recommendations",
                Integer.toString(input.maxRecommendations()),
                "evidence",
                renderEvidence(input.evidence()));
        String text = template.fill(values);
        return new Prompt(text, PromptChecksum.of(text), template.version());
    }

    /**
     * The template of {@code name} in {@code locale} (else in English), loaded, checked and split once. Neither a
     * valid name nor a valid locale contains a dot, so an invalid pair never finds a loaded template's key and is
     * refused here.
     */
    private Template template(String name, String locale) {
        Template loaded = templates.get(name + "." + locale);
        if (loaded != null) {
            return loaded;
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid prompt template name: " + name);
        }
        if (!LOCALE.matcher(locale).matches()) {
            throw new IllegalArgumentException("invalid prompt locale: " + locale);
        }
        return templates.computeIfAbsent(
                name + "." + locale,
                key -> Template.parse(
                        name,
                        load(name, locale)
                                .orElseGet(() -> load(name, FALLBACK_LOCALE)
                                        .orElseThrow(
                                                () -> new IllegalStateException("no prompt template named " + name)))));
    }

    private static Optional<String> load(String name, String locale) {
        try (InputStream in = PromptBuilder.class.getResourceAsStream("/prompts/" + name + "." + locale + ".txt")) {
            return (in == null) ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String renderEvidence(List<EvidenceHit> evidence) {
        StringBuilder out = new StringBuilder();
        for (EvidenceHit hit : evidence) {
            out.append("[")
                    .append(hit.sourceId())
                    .append("] ")
                    .append(hit.chunk().replace('\n', ' '))
                    .append('\n');
        }
        return out.isEmpty() ? "(no evidence found)" : out.toString().stripTrailing();
    }

    /** What a prompt is built from. {@code context} must already be free of personal identifiers. */
    public record PromptInput(
            String templateName,
            String locale,
            String agent,
            String category,
            Map<String, Object> context,
            String request,
            int maxRecommendations,
            List<EvidenceHit> evidence) {}

    /** The prompt as sent, its SHA-256 and the version of the template it was filled from. */
    public record Prompt(String text, String checksum, int templateVersion) {}

    /**
     * A template split once, when it is loaded: literal text at even indexes of {@code parts}, placeholder names at
     * odd ones, so filling it needs no pattern matching per prompt.
     */
    private record Template(List<String> parts, int version) {

        static Template parse(String name, String raw) {
            Matcher version = VERSION_LINE.matcher(raw);
            if (!version.lookingAt()) {
                throw new IllegalStateException("prompt template " + name + " does not start with 'version: N'");
            }
            String text = raw.substring(version.end());
            List<String> parts = new ArrayList<>();
            Matcher placeholder = PLACEHOLDER.matcher(text);
            int literalStart = 0;
            while (placeholder.find()) {
                parts.add(text.substring(literalStart, placeholder.start()));
                parts.add(placeholder.group(1));
                literalStart = placeholder.end();
            }
            parts.add(text.substring(literalStart));
            return new Template(List.copyOf(parts), Integer.parseInt(version.group(1)));
        }

        /**
         * One pass: text inserted for a placeholder (a user's message, a chunk) is never expanded again; a
         * placeholder without a value stays as written.
         */
        String fill(Map<String, String> values) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                String part = parts.get(i);
                if (i % 2 == 0) {
                    text.append(part);
                } else {
                    String value = values.get(part);
                    text.append((value != null) ? value : "{{" + part + "}}");
                }
            }
            return text.toString();
        }
    }
}
