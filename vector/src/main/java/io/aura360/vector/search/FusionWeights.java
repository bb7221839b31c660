package io.aura360.vector.search;

import java.util.List;

/**
 * The per-locale reciprocal-rank fusion hybrid search used before {@link AdaptiveFusion}; kept as the baseline
 * that {@code bench/run.sh retrieval-quality} and {@code retrieval-fusion-sweep} measure the adaptive fusion
 * against (quality and latency, same run).
 *
 * <p>
 * The default embedding model (bge-small-en-v1.5) is English-only: on English collections its ranking beats BM25,
 * on Spanish ones BM25 with the Spanish analyzer beats it. So the ranking that handles the locale better counts
 * three times as much, and a small {@code k} lets the first ranks of each list decide. Measured with
 * {@code bench/run.sh retrieval-quality} on knowledge/eval and XQuAD (docs/retrieval-quality.md): plain RRF
 * ({@code k} = 60, equal weights) loses to dense on English and cross-lingual sets; these weights beat both single
 * modes on knowledge/eval. Re-measure when the embedding model changes.
 */
public record FusionWeights(double dense, double lexical, int k) {

    /**
     * The fusion before {@link AdaptiveFusion}: weights by the search's locale filter alone, kept as the baseline
     * the retrieval-quality sweep compares with.
     */
    public static final HybridFusion BY_LOCALE = (dense, lexical, evidence, limit) -> {
        FusionWeights weights = forLocale(evidence.collectionLanguage());
        return ReciprocalRankFusion.fuse(List.of(dense, lexical), weights.inRankingOrder(), weights.k(), limit);
    };

    /** Plain RRF, for searches without a locale (the language mix is unknown). */
    static final FusionWeights EQUAL = new FusionWeights(1, 1, ReciprocalRankFusion.K);

    static final FusionWeights DENSE_LED = new FusionWeights(3, 1, 5);

    static final FusionWeights LEXICAL_LED = new FusionWeights(1, 3, 5);

    static FusionWeights forLocale(String locale) {
        if (locale == null || locale.isBlank()) {
            return EQUAL;
        }
        return "en".equals(locale) ? DENSE_LED : LEXICAL_LED;
    }

    /** The weights in the order {@link HybridEvidenceSearch} builds its rankings: dense, then BM25. */
    List<Double> inRankingOrder() {
        return List.of(dense, lexical);
    }
}
