package io.aura360.vector.ingest;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a document body into chunks of about {@code targetChars}, on paragraph and sentence boundaries, with
 * the last sentence of a chunk repeated at the start of the next so that no idea is cut in half. Sentences are
 * found with the document language's rules ({@link BreakIterator}), so Spanish {@code ¿…?} and abbreviations are
 * handled as that language writes them. A "sentence" of more than {@link #RUN_ON_FACTOR} targets (PDF text
 * without punctuation, tables) is cut at word boundaries, because an embedding model would truncate it anyway.
 */
public final class Chunker {

    static final int RUN_ON_FACTOR = 4;

    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final int targetChars;

    public Chunker(int targetChars) {
        if (targetChars < 100) {
            throw new IllegalArgumentException("targetChars must be at least 100");
        }
        this.targetChars = targetChars;
    }

    /** Chunks an English (or unknown-language) body. */
    public List<String> chunk(String body) {
        return chunk(body, Locale.ENGLISH);
    }

    public List<String> chunk(String body, Locale language) {
        List<String> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String sentence : sentences(body, language)) {
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

    private List<String> sentences(String body, Locale language) {
        List<String> sentences = new ArrayList<>();
        BreakIterator boundaries = BreakIterator.getSentenceInstance(language);
        for (String paragraph : PARAGRAPHS.split(body.strip())) {
            String text = WHITESPACE.matcher(paragraph).replaceAll(" ").strip();
            boundaries.setText(text);
            int start = boundaries.first();
            for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
                String sentence = text.substring(start, end).strip();
                if (!sentence.isEmpty()) {
                    sentences.addAll(cutRunOn(sentence));
                }
            }
        }
        return sentences;
    }

    private List<String> cutRunOn(String sentence) {
        if (sentence.length() <= RUN_ON_FACTOR * targetChars) {
            return List.of(sentence);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String word : WHITESPACE.split(sentence)) {
            if (piece.length() > 0 && piece.length() + 1 + word.length() > targetChars) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(piece.length() > 0 ? " " : "").append(word);
        }
        pieces.add(piece.toString());
        return pieces;
    }

    private static int joinedLength(List<String> parts) {
        return parts.stream().mapToInt(String::length).sum() + Math.max(0, parts.size() - 1);
    }
}
