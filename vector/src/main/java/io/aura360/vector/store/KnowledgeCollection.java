package io.aura360.vector.store;

import io.aura360.contracts.vector.SearchFilters;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Consumer;

/**
 * One collection of chunks embedded by one model. Writes replace a document's chunks as a whole (no stale chunk
 * survives) and become visible at {@link #commit()}; searches apply {@link SearchFilters} inside the search, so a
 * narrow filter never starves the results. Every vector written or searched must have the collection's
 * dimension: a wrong length is a {@link DimensionMismatchException}, never padded.
 */
public interface KnowledgeCollection {

    CollectionSpec spec();

    /** Atomically replaces every chunk of {@code docId} with {@code chunks} (one vector each). */
    void replaceDocument(String docId, List<StoredChunk> chunks, List<float[]> vectors);

    void deleteDocument(String docId);

    /** Deletes every chunk matching {@code filters} (at least one filter field must be set). */
    void deleteWhere(SearchFilters filters);

    /** Makes the changes since the last commit durable and visible to searches. */
    void commit();

    Optional<String> storedVersion(String docId);

    SortedSet<String> documentIds(String origin);

    int chunkCount();

    /** The stored chunks with these source ids, in no particular order; an id not stored is skipped. */
    List<StoredChunk> chunks(Collection<String> sourceIds);

    /** Visits every stored chunk (re-embedding reads a collection through this). */
    void forEachChunk(Consumer<StoredChunk> visitor);

    /** Nearest chunks by cosine similarity, best first, with the filter applied inside the ANN search. */
    List<IndexedChunk> dense(float[] vector, SearchFilters filters, int limit);

    /** Keyword (BM25-style) ranking of the chunks' text, in the filtered locale's language when one is given. */
    List<IndexedChunk> keyword(String text, SearchFilters filters, int limit);

    /** Returns {@code vector} if it has the collection's dimension; never pads or truncates it. */
    default float[] requireDimension(float[] vector) {
        if (vector.length != spec().dimension()) {
            throw new DimensionMismatchException("vector has " + vector.length
                    + " dimensions but collection " + spec().name() + " holds " + spec().dimension()
                    + "-dimensional vectors of " + spec().modelId());
        }
        return vector;
    }

    /** Metadata, as {@code GET /vector/v1/collections} reports it. */
    default Map<String, Object> describe() {
        return Map.of(
                "name",
                spec().name(),
                "distance",
                "cosine",
                "embedding_model",
                spec().modelId(),
                "dimension",
                spec().dimension(),
                "chunks",
                chunkCount());
    }
}
