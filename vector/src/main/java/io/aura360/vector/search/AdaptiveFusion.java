package io.aura360.vector.search;

import io.aura360.vector.search.FusionEvidence.LanguageRelation;
import io.aura360.vector.store.IndexedChunk;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hybrid fusion whose weights follow the query, not a fixed locale table. The weight of the dense ranking
 * ({@code 1 -} that of BM25) is chosen by how the query's detected language relates to the documents' language
 * and to the embedding model's ({@link LanguageRelation}), shifted for short keyword queries, and the two rankings
 * are combined by one of three {@link Method}s. The defaults ({@link #DEFAULT}) were chosen on the dev halves of
 * knowledge/eval, MedQuAD and XQuAD ({@code bench/run.sh retrieval-fusion-sweep}, docs/retrieval-quality.md).
 */
public record AdaptiveFusion(
        Method method, Map<LanguageRelation, Double> denseWeights, double shortQueryShift, String embeddingLanguage)
        implements HybridFusion {

    /** Queries of at most this many words are "short" (keywords rather than a sentence). */
    public static final int SHORT_QUERY_WORDS = 3;

    /** Reciprocal-rank constant: small, so the first ranks of each list decide. */
    static final int RRF_K = 5;

    public static final AdaptiveFusion DEFAULT =
            new AdaptiveFusion(Method.COMB_SUM, weights(0.8, 0.2, 0.6, 0.7), 0.0, "en");

    public AdaptiveFusion {
        if (!denseWeights.keySet().containsAll(List.of(LanguageRelation.values()))) {
            throw new IllegalArgumentException("a dense weight is needed for every language relation");
        }
        denseWeights = Collections.unmodifiableMap(new EnumMap<>(denseWeights));
    }

    /** Dense weights for {@code MODEL_LANGUAGE}, {@code OTHER_LANGUAGE}, {@code CROSS_LANGUAGE}, {@code UNKNOWN}. */
    public static Map<LanguageRelation, Double> weights(double model, double other, double cross, double unknown) {
        Map<LanguageRelation, Double> weights = new EnumMap<>(LanguageRelation.class);
        weights.put(LanguageRelation.MODEL_LANGUAGE, model);
        weights.put(LanguageRelation.OTHER_LANGUAGE, other);
        weights.put(LanguageRelation.CROSS_LANGUAGE, cross);
        weights.put(LanguageRelation.UNKNOWN, unknown);
        return weights;
    }

    /** The dense ranking's weight for this query, in 0..1. */
    public double denseWeight(FusionEvidence evidence) {
        double weight = denseWeights.get(evidence.relation(embeddingLanguage));
        if (evidence.queryWords() <= SHORT_QUERY_WORDS) {
            weight += shortQueryShift;
        }
        return Math.clamp(weight, 0.0, 1.0);
    }

    @Override
    public List<IndexedChunk> fuse(
            List<IndexedChunk> dense, List<IndexedChunk> lexical, FusionEvidence evidence, int limit) {
        double denseWeight = denseWeight(evidence);
        Map<String, IndexedChunk> chunks = new LinkedHashMap<>();
        Map<String, Double> scores = new HashMap<>();
        Map<String, Integer> lists = new HashMap<>();
        add(dense, denseWeight, chunks, scores, lists);
        add(lexical, 1 - denseWeight, chunks, scores, lists);
        if (method == Method.COMB_MNZ) {
            scores.replaceAll((id, score) -> score * lists.get(id));
        }
        double best =
                scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> withScore(chunks.get(e.getKey()), (best > 0) ? e.getValue() / best : 0))
                .toList();
    }

    private void add(
            List<IndexedChunk> ranking,
            double weight,
            Map<String, IndexedChunk> chunks,
            Map<String, Double> scores,
            Map<String, Integer> lists) {
        double max = ranking.stream().mapToDouble(IndexedChunk::score).max().orElse(0);
        double min = ranking.stream().mapToDouble(IndexedChunk::score).min().orElse(0);
        for (int rank = 0; rank < ranking.size(); rank++) {
            IndexedChunk chunk = ranking.get(rank);
            double contribution = switch (method) {
                case RRF -> weight / (RRF_K + rank + 1);
                case COMB_SUM, COMB_MNZ -> weight * ((max > min) ? (chunk.score() - min) / (max - min) : 1.0);
            };
            chunks.putIfAbsent(chunk.sourceId(), chunk);
            scores.merge(chunk.sourceId(), contribution, Double::sum);
            lists.merge(chunk.sourceId(), 1, Integer::sum);
        }
    }

    private static IndexedChunk withScore(IndexedChunk chunk, double score) {
        return new IndexedChunk(
                chunk.sourceId(), chunk.docId(), chunk.url(), chunk.title(), chunk.chunk(), (float) score);
    }

    /** How the two weighted rankings become one score. */
    public enum Method {
        /** Weighted reciprocal-rank fusion: ranks only, {@code weight / (k + rank)}. */
        RRF,
        /**
         * Convex combination of min-max normalised scores (CombSUM, Fox and Shaw 1994): a clear score gap in one
         * list survives fusion, which ranks throw away.
         */
        COMB_SUM,
        /** CombSUM times the number of lists that found the chunk: rewards agreement of the two rankings. */
        COMB_MNZ
    }
}
