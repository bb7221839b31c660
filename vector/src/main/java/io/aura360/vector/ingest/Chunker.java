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
		List<String> chunks = new ArrayList<>();
		List<String> current = new ArrayList<>();
		for (String sentence : sentences(body)) {
			if (!current.isEmpty() && joinedLength(current) + 1 + sentence.length() > targetChars) {
				chunks.add(String.join(" ", current));
				String overlap = current.get(current.size() - 1);
				current = new ArrayList<>();
				// The overlap is dropped when it would push the next chunk over the target.
				if (overlap.length() + 1 + sentence.length() <= targetChars) {
					current.add(overlap);
				}
			}
			current.add(sentence);
		}
		if (!current.isEmpty()) {
			chunks.add(String.join(" ", current));
		}
		return chunks;
	}

	private static List<String> sentences(String body) {
		List<String> sentences = new ArrayList<>();
		for (String paragraph : PARAGRAPHS.split(body.strip())) {
			for (String sentence : SENTENCE_END.split(paragraph.strip())) {
				if (!sentence.isBlank()) {
					sentences.add(sentence.strip());
				}
			}
		}
		return sentences;
	}

	private static int joinedLength(List<String> parts) {
		return parts.stream().mapToInt(String::length).sum() + Math.max(0, parts.size() - 1);
	}

}
