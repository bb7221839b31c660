package io.aura360.vector.ingest;

/** A document as read from its source: either published content, or a withdrawal ({@code deleted_at}). */
public sealed interface SourceDocument {

    String id();

    /** Content to index (replacing any older version of the same id). */
    record Published(KnowledgeDocument document) implements SourceDocument {

        @Override
        public String id() {
            return document.id();
        }
    }

    /** The document was withdrawn at {@code deletedAt}: its chunks leave the collection. */
    record Unpublished(String id, String deletedAt) implements SourceDocument {}
}
