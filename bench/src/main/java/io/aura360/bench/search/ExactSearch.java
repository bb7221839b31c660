package io.aura360.bench.search;

import java.util.PriorityQueue;
import org.apache.lucene.util.VectorUtil;

/**
 * The baseline: brute-force cosine (dot product of unit vectors) over every candidate, with the same SIMD
 * kernel Lucene's HNSW uses, so the ratio measures the graph and not the arithmetic.
 */
final class ExactSearch {

    private final ClusteredVectors corpus;

    ExactSearch(ClusteredVectors corpus) {
        this.corpus = corpus;
    }

    /** Ids of the {@code k} nearest vectors, best first; {@code category/locale < 0} means no filter. */
    int[] topK(float[] query, int k, int category, int locale) {
        PriorityQueue<Scored> best = new PriorityQueue<>(k + 1);
        float[][] vectors = corpus.vectors();
        for (int i = 0; i < vectors.length; i++) {
            if ((category >= 0 && corpus.category()[i] != category) || (locale >= 0 && corpus.locale()[i] != locale)) {
                continue;
            }
            float score = VectorUtil.dotProduct(query, vectors[i]);
            if (best.size() < k) {
                best.add(new Scored(i, score));
            } else if (score > best.peek().score()) {
                best.poll();
                best.add(new Scored(i, score));
            }
        }
        int[] ids = new int[best.size()];
        for (int i = ids.length - 1; i >= 0; i--) {
            ids[i] = best.poll().id();
        }
        return ids;
    }

    private record Scored(int id, float score) implements Comparable<Scored> {
        @Override
        public int compareTo(Scored other) {
            return Float.compare(score, other.score);
        }
    }
}
