package io.aura360.vector.search;

import io.aura360.vector.store.IndexedChunk;
import java.util.List;

/**
 * Min-max normalisation of one collection's scores to 0..1 before merging with other collections: the best hit
 * of every collection scores 1 and its worst 0, whatever the scale of its scores (cosine, BM25, fused RRF).
 * Chosen over z-score because result lists are short (top_k x 4) and skewed, where means and deviations are
 * unstable, and because it keeps scores in the 0..1 range the API promises. A single hit, or hits with one
 * score, all score 1.
 */
final class MinMaxNormalisation {

    private MinMaxNormalisation() {}

    static List<IndexedChunk> normalise(List<IndexedChunk> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        double max = hits.stream().mapToDouble(IndexedChunk::score).max().orElseThrow();
        double min = hits.stream().mapToDouble(IndexedChunk::score).min().orElseThrow();
        double range = max - min;
        return hits.stream()
                .map(h -> new IndexedChunk(h.sourceId(), h.docId(), h.url(), h.title(), h.chunk(), (float)
                        ((range == 0) ? 1 : (h.score() - min) / range)))
                .toList();
    }
}
