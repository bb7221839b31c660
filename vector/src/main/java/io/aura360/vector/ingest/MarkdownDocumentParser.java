package io.aura360.vector.ingest;

import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** Reads a Markdown document whose YAML front matter (between {@code ---} lines) carries its metadata. */
public final class MarkdownDocumentParser {

	private static final String FENCE = "---";

	public KnowledgeDocument parse(String markdown, String origin) {
		String text = markdown.replace("\r\n", "\n").strip();
		if (!text.startsWith(FENCE + "\n")) {
			throw new IllegalArgumentException(origin + ": missing front matter");
		}
		int end = text.indexOf("\n" + FENCE, FENCE.length());
		if (end == FENCE.length()) {
			throw new IllegalArgumentException(origin + ": front matter is empty");
		}
		if (end < 0) {
			throw new IllegalArgumentException(origin + ": front matter is not closed");
		}
		Map<String, Object> meta = frontMatter(text.substring(FENCE.length() + 1, end), origin);
		String body = text.substring(end + FENCE.length() + 1).strip();
		try {
			return new KnowledgeDocument(string(meta, "id"), string(meta, "title"), string(meta, "category"),
					string(meta, "locale"), string(meta, "source_type"), number(meta, "confidence", origin),
					string(meta, "url"), body);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(origin + ": " + ex.getMessage(), ex);
		}
	}

	private static Map<String, Object> frontMatter(String yaml, String origin) {
		// SafeConstructor: front matter may come from uploaded documents, so no arbitrary types. No implicit
		// typing either: YAML 1.1 would read the locale "no" as false and the id 007 as 7.
		LoaderOptions options = new LoaderOptions();
		Object loaded = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
				new DumperOptions(), options, new StringsOnlyResolver()).load(yaml);
		if (!(loaded instanceof Map<?, ?> map)) {
			throw new IllegalArgumentException(origin + ": front matter is not a mapping");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> typed = (Map<String, Object>) map;
		return typed;
	}

	private static String string(Map<String, Object> meta, String key) {
		Object value = meta.get(key);
		return (value == null) ? null : value.toString().strip();
	}

	private static double number(Map<String, Object> meta, String key, String origin) {
		String value = string(meta, key);
		try {
			return Double.parseDouble(value);
		}
		catch (NullPointerException | NumberFormatException ex) {
			throw new IllegalArgumentException(origin + ": '" + key + "' must be a number");
		}
	}

	/** Resolves every plain scalar as a string; numbers are parsed where a field needs one. */
	private static final class StringsOnlyResolver extends Resolver {

		@Override
		protected void addImplicitResolvers() {
		}

	}

}
