package io.aura360.vector.rerank;

import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.store.IndexedChunk;
import java.util.ArrayList;
import java.util.List;

/**
 * Maximal marginal relevance (Carbonell and Goldstein, 1998) over the candidates' embeddings: picks, one at a
 * time, the chunk maximising {@code lambda * sim(query, c) - (1 - lambda) * max sim(c, picked)}, so that the
 * evidence covers several sources instead of five paraphrases of one. lambda 1 is pure relevance.
 */
public final class MaximalMarginalRelevance implements Reranker {

    private final EmbeddingProvider embeddings;

    private final double lambda;

    public MaximalMarginalRelevance(EmbeddingProvider embeddings, double lambda) {
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("MMR lambda must be between 0 and 1, got " + lambda);
        }
        this.embeddings = embeddings;
        this.lambda = lambda;
    }

    @Override
    public List<IndexedChunk> rerank(String query, List<IndexedChunk> candidates, int topK) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        float[] q = embeddings.embedQuery(query);
        List<float[]> vectors = embeddings.embedDocuments(
                candidates.stream().map(c -> c.title() + "\n" + c.chunk()).toList());
        List<Integer> remaining = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            remaining.add(i);
        }
        List<Integer> picked = new ArrayList<>();
        List<IndexedChunk> result = new ArrayList<>();
        while (!remaining.isEmpty() && result.size() < topK) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i : remaining) {
                double redundancy = 0;
                for (int p : picked) {
                    redundancy = Math.max(redundancy, dot(vectors.get(i), vectors.get(p)));
                }
                double score = lambda * dot(q, vectors.get(i)) - (1 - lambda) * redundancy;
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            remaining.remove(Integer.valueOf(best));
            picked.add(best);
            IndexedChunk chunk = candidates.get(best);
            result.add(new IndexedChunk(
                    chunk.sourceId(), chunk.docId(), chunk.url(), chunk.title(), chunk.chunk(), (float) bestScore));
        }
        return result;
    }

    /** Embeddings are L2-normalised, so the dot product is the cosine. */
    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
