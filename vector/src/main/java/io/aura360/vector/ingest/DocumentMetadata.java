package io.aura360.vector.ingest;

import java.util.Map;

/**
 * The metadata a knowledge document needs: {@code id}, {@code title}, {@code category}, {@code locale},
 * {@code source_type}, {@code confidence}, {@code url}, and {@code deleted_at} when the document is withdrawn.
 * Read from front matter or a sidecar file; {@code id} and {@code title} may fall back to the file name and the
 * document's own title, every other required field must be written down.
 */
record DocumentMetadata(
        String id,
        String title,
        String category,
        String locale,
        String sourceType,
        String confidence,
        String url,
        String deletedAt) {

    static DocumentMetadata from(Map<String, Object> values) {
        return new DocumentMetadata(
                string(values, "id"),
                string(values, "title"),
                string(values, "category"),
                string(values, "locale"),
                string(values, "source_type"),
                string(values, "confidence"),
                string(values, "url"),
                string(values, "deleted_at"));
    }

    DocumentMetadata withFallbacks(String fallbackId, String fallbackTitle) {
        return new DocumentMetadata(
                blank(id) ? fallbackId : id,
                blank(title) ? fallbackTitle : title,
                category,
                locale,
                sourceType,
                confidence,
                url,
                deletedAt);
    }

    /** What the metadata says about the document: published with {@code body}, or withdrawn. */
    SourceDocument toSource(String body, String origin) {
        if (!blank(deletedAt)) {
            if (blank(id)) {
                throw new IllegalArgumentException(origin + ": knowledge document is missing 'id'");
            }
            return new SourceDocument.Unpublished(id, deletedAt);
        }
        return new SourceDocument.Published(toDocument(body, origin));
    }

    KnowledgeDocument toDocument(String body, String origin) {
        double parsedConfidence;
        try {
            parsedConfidence = Double.parseDouble(confidence);
        } catch (NullPointerException | NumberFormatException ex) {
            throw new IllegalArgumentException(origin + ": 'confidence' must be a number");
        }
        try {
            return new KnowledgeDocument(id, title, category, locale, sourceType, parsedConfidence, url, body);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(origin + ": " + ex.getMessage(), ex);
        }
    }

    private static String string(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return (value == null) ? null : value.toString().strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
