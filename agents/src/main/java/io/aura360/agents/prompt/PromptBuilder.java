package io.aura360.agents.prompt;

import io.aura360.contracts.vector.EvidenceHit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a versioned prompt template ({@code prompts/NAME.LOCALE.txt}, English when the locale has none) with
 * the context package, the request and the evidence. The context is rendered with sorted keys, so the same
 * input always gives the same prompt and the same checksum.
 */
public final class PromptBuilder {

    private static final String FALLBACK_LOCALE = "en";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)\\}\\}");

    private static final Pattern LOCALE = Pattern.compile("^[a-z]{2}(-[A-Z]{2})?$");

    private final Map<String, String> templates = new ConcurrentHashMap<>();

    public Prompt build(PromptInput input) {
        String template = template(input.templateName(), input.locale());
        Map<String, String> values = Map.of(
                "agent",
                input.agent(),
                "category",
                input.category(),
                "context",
                render(input.context()),
                "request",
                input.request(),
                "max_recommendations",
                Integer.toString(input.maxRecommendations()),
                "evidence",
                renderEvidence(input.evidence()));
        // One pass: text inserted for a placeholder (a user's message, a chunk) is never expanded again.
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            placeholder.appendReplacement(text, Matcher.quoteReplacement(value != null ? value : placeholder.group()));
        }
        placeholder.appendTail(text);
        return new Prompt(text.toString(), PromptChecksum.of(text.toString()));
    }

    private String template(String name, String locale) {
        if (!name.matches("[a-z0-9_-]+")) {
            throw new IllegalArgumentException("invalid prompt template name: " + name);
        }
        if (!LOCALE.matcher(locale).matches()) {
            throw new IllegalArgumentException("invalid prompt locale: " + locale);
        }
        return templates.computeIfAbsent(
                name + "." + locale,
                key -> load(name, locale)
                        .orElseGet(() -> load(name, FALLBACK_LOCALE)
                                .orElseThrow(() -> new IllegalStateException("no prompt template named " + name))));
    }

    private static Optional<String> load(String name, String locale) {
        try (InputStream in = PromptBuilder.class.getResourceAsStream("/prompts/" + name + "." + locale + ".txt")) {
            return (in == null) ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String render(Map<String, Object> context) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(context)
                .forEach((key, value) -> out.append("- ")
                        .append(key)
                        .append(": ")
                        .append(canonical(value))
                        .append('\n'));
        return out.isEmpty() ? "- (nothing known yet)" : out.toString().stripTrailing();
    }

    /** Maps and sets in sorted order at every depth, so equal contexts always render alike. */
    private static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, String> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
            return sorted.toString();
        }
        if (value instanceof Set<?> set) {
            return set.stream().map(PromptBuilder::canonical).sorted().toList().toString();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(PromptBuilder::canonical).toList().toString();
        }
        return String.valueOf(value);
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

    public record Prompt(String text, String checksum) {}
}
