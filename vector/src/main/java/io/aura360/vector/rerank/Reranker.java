package io.aura360.vector.rerank;

import io.aura360.vector.store.IndexedChunk;
import java.util.List;

/**
 * Reorders the candidates a search found for {@code query} and keeps the best {@code topK}. The returned chunks
 * are a subset of the candidates, each with the reranker's score (higher is better); nothing is added.
 */
public interface Reranker {

    List<IndexedChunk> rerank(String query, List<IndexedChunk> candidates, int topK);
}
