package io.aura360.vector.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a document body into chunks of about {@code targetChars}, on paragraph and sentence boundaries, with
 * the last sentence of a chunk repeated at the start of the next so that no idea is cut in half.
 */
public final class Chunker {

	private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\S)");

	private final int targetChars;

	public Chunker(int targetChars) {
		if (targetChars < 100) {
			throw new IllegalArgumentException("targetChars must be at least 100");
		}
		this.targetChars = targetChars;
	}

	public List<String> chunk(String body) {
		List<String> sentences = new ArrayList<>();
		for (String paragraph : PARAGRAPHS.split(body.strip())) {
			for (String sentence : SENTENCE_END.split(paragraph.strip())) {
				if (!sentence.isBlank()) {
					sentences.add(sentence.strip());
				}
			}
		}
		List<String> chunks = new ArrayList<>();
		List<String> current = new ArrayList<>();
		int length = 0;
		for (String sentence : sentences) {
			if (length > 0 && length + sentence.length() > targetChars) {
				chunks.add(String.join(" ", current));
				String overlap = current.get(current.size() - 1);
				current = new ArrayList<>(List.of(overlap));
				length = overlap.length();
			}
			current.add(sentence);
			length += sentence.length() + 1;
		}
		if (!current.isEmpty() && (chunks.isEmpty() || current.size() > 1)) {
			chunks.add(String.join(" ", current));
		}
		return chunks;
	}

}
