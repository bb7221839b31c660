package io.aura360.agents.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.aura360.contracts.vector.EvidenceHit;

/**
 * Fills a versioned prompt template ({@code prompts/NAME.LOCALE.txt}, English when the locale has none) with
 * the context package, the request and the evidence. The context is rendered with sorted keys, so the same
 * input always gives the same prompt and the same checksum.
 */
public final class PromptBuilder {

	private static final String FALLBACK_LOCALE = "en";

	private final Map<String, String> templates = new ConcurrentHashMap<>();

	public Prompt build(PromptInput input) {
		String template = template(input.templateName(), input.locale());
		String text = template.replace("{{agent}}", input.agent())
			.replace("{{category}}", input.category())
			.replace("{{context}}", render(input.context()))
			.replace("{{request}}", input.request())
			.replace("{{max_recommendations}}", Integer.toString(input.maxRecommendations()))
			.replace("{{evidence}}", renderEvidence(input.evidence()));
		return new Prompt(text, PromptChecksum.of(text));
	}

	private String template(String name, String locale) {
		if (!name.matches("[a-z0-9_-]+")) {
			throw new IllegalArgumentException("invalid prompt template name: " + name);
		}
		return templates.computeIfAbsent(name + "." + locale,
				key -> load(name, locale).orElseGet(() -> load(name, FALLBACK_LOCALE)
					.orElseThrow(() -> new IllegalStateException("no prompt template named " + name))));
	}

	private static java.util.Optional<String> load(String name, String locale) {
		try (InputStream in = PromptBuilder.class.getResourceAsStream("/prompts/" + name + "." + locale + ".txt")) {
			return (in == null) ? java.util.Optional.empty()
					: java.util.Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String render(Map<String, Object> context) {
		StringBuilder out = new StringBuilder();
		new TreeMap<>(context).forEach((key, value) -> out.append("- ").append(key).append(": ").append(value).append('\n'));
		return out.isEmpty() ? "- (nothing known yet)" : out.toString().stripTrailing();
	}

	private static String renderEvidence(List<EvidenceHit> evidence) {
		StringBuilder out = new StringBuilder();
		for (EvidenceHit hit : evidence) {
			out.append("[").append(hit.sourceId()).append("] ").append(hit.chunk().replace('\n', ' ')).append('\n');
		}
		return out.isEmpty() ? "(no evidence found)" : out.toString().stripTrailing();
	}

	/** What a prompt is built from. {@code context} must already be free of personal identifiers. */
	public record PromptInput(String templateName, String locale, String agent, String category,
			Map<String, Object> context, String request, int maxRecommendations, List<EvidenceHit> evidence) {
	}

	public record Prompt(String text, String checksum) {
	}

}
