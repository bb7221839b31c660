package io.aura360.vector.ingest;

import io.aura360.vector.store.StoredChunk;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A knowledge-base document with its front matter. {@code version} is the SHA-256 of its content, so a
 * re-ingested document is replaced only when it changed.
 */
public record KnowledgeDocument(
        String id,
        String title,
        String category,
        String locale,
        String sourceType,
        double confidence,
        String url,
        String body) {

    public KnowledgeDocument {
        requireText(id, "id");
        requireText(category, "category");
        requireText(locale, "locale");
        requireText(sourceType, "source_type");
        requireText(body, "body");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1 in document " + id);
        }
        title = Objects.requireNonNullElse(title, id);
    }

    public String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String content = String.join(
                    "\u0000",
                    id,
                    title,
                    category,
                    locale,
                    sourceType,
                    Double.toString(confidence),
                    Objects.toString(url, ""),
                    body);
            return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required by every JVM", ex);
        }
    }

    /** The stored form of this document's chunks: chunk {@code i} becomes {@code id#i}. */
    public List<StoredChunk> storedChunks(String origin, List<String> chunks) {
        List<StoredChunk> stored = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            stored.add(new StoredChunk(
                    id + "#" + i,
                    id,
                    version(),
                    title,
                    url,
                    chunks.get(i),
                    category,
                    locale,
                    sourceType,
                    confidence,
                    origin));
        }
        return stored;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("knowledge document is missing '" + field + "'");
        }
    }
}
