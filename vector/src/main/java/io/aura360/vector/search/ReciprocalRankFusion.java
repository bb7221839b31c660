package io.aura360.vector.search;

import io.aura360.vector.store.IndexedChunk;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted reciprocal-rank fusion (Cormack et al., 2009): each ranking adds {@code weight / (k + rank)} to a
 * chunk. Ranks, not raw scores, are fused, because cosine and BM25 scores live on different scales. The fused
 * score is divided by its maximum (first in every ranking), so it reads as 0..1.
 */
final class ReciprocalRankFusion {

    static final int K = 60;

    private ReciprocalRankFusion() {}

    /** Plain RRF: every ranking weighs the same, {@code k} = 60. */
    static List<IndexedChunk> fuse(List<List<IndexedChunk>> rankings, int limit) {
        return fuse(rankings, rankings.stream().map(r -> 1.0).toList(), K, limit);
    }

    static List<IndexedChunk> fuse(List<List<IndexedChunk>> rankings, List<Double> weights, int k, int limit) {
        if (weights.size() != rankings.size()) {
            throw new IllegalArgumentException(rankings.size() + " rankings but " + weights.size() + " weights");
        }
        Map<String, IndexedChunk> chunks = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < rankings.size(); i++) {
            List<IndexedChunk> ranking = rankings.get(i);
            double weight = weights.get(i);
            for (int rank = 0; rank < ranking.size(); rank++) {
                IndexedChunk chunk = ranking.get(rank);
                chunks.putIfAbsent(chunk.sourceId(), chunk);
                scores.merge(chunk.sourceId(), weight / (k + rank + 1), Double::sum);
            }
        }
        double best = weights.stream().mapToDouble(Double::doubleValue).sum() / (k + 1);
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> withScore(chunks.get(e.getKey()), (float) (e.getValue() / best)))
                .toList();
    }

    private static IndexedChunk withScore(IndexedChunk chunk, float score) {
        return new IndexedChunk(chunk.sourceId(), chunk.docId(), chunk.url(), chunk.title(), chunk.chunk(), score);
    }
}
