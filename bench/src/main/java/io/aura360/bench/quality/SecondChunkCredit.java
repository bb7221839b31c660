package io.aura360.bench.quality;

import io.aura360.vector.store.IndexedChunk;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An alternative to ranking a document where its best chunk ranks (max, what the product and the evaluation do):
 * a document scores its best chunk plus {@code weight} times its second best, so a document that matches twice
 * ranks above one that matches once as well. Returns one chunk per document (its best, carrying the document's
 * score), best document first, which the evaluation's collapse to documents keeps as it is.
 */
record SecondChunkCredit(double weight) {

    List<IndexedChunk> rank(List<IndexedChunk> bestFirst) {
        Map<String, IndexedChunk> best = new LinkedHashMap<>();
        Map<String, Double> score = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (IndexedChunk chunk : bestFirst) {
            int n = seen.merge(chunk.docId(), 1, Integer::sum);
            if (n == 1) {
                best.put(chunk.docId(), chunk);
                score.put(chunk.docId(), (double) chunk.score());
            } else if (n == 2) {
                score.merge(chunk.docId(), weight * chunk.score(), Double::sum);
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble((IndexedChunk c) -> score.get(c.docId()))
                        .reversed())
                .toList();
    }
}
