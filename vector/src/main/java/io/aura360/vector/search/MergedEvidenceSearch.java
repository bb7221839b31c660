package io.aura360.vector.search;

import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import io.aura360.vector.embedding.EmbeddingUnavailableException;
import io.aura360.vector.rerank.Reranker;
import io.aura360.vector.store.DimensionMismatchException;
import io.aura360.vector.store.EmbeddingModelMismatchException;
import io.aura360.vector.store.IndexedChunk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches several collections and merges their rankings: each collection's scores are min-max normalised
 * ({@link MinMaxNormalisation}), the same chunk found twice keeps its best score, and the merged list is
 * optionally reranked. A reranker that fails is skipped (logged) and the merged order is answered, since the
 * evidence itself is real either way.
 */
public final class MergedEvidenceSearch implements EvidenceSearch {

    private static final Logger log = LoggerFactory.getLogger(MergedEvidenceSearch.class);

    /** Candidates handed to the reranker per result it keeps. */
    private static final int RERANK_FACTOR = 3;

    private final List<HybridEvidenceSearch> collections;

    private final Optional<Reranker> reranker;

    public MergedEvidenceSearch(List<HybridEvidenceSearch> collections, Optional<Reranker> reranker) {
        if (collections.isEmpty()) {
            throw new IllegalArgumentException("at least one collection is required");
        }
        this.collections = List.copyOf(collections);
        this.reranker = reranker;
    }

    @Override
    public SearchResponse search(SearchRequest request) {
        int candidates = reranker.isPresent() ? request.topK() * RERANK_FACTOR : request.topK();
        SearchRequest wider = new SearchRequest(
                request.query(), Math.min(candidates, SearchRequest.MAX_TOP_K), request.mode(), request.filters());
        Map<String, IndexedChunk> best = new LinkedHashMap<>();
        try {
            for (HybridEvidenceSearch collection : collections) {
                for (IndexedChunk hit : MinMaxNormalisation.normalise(collection.rank(wider))) {
                    best.merge(hit.sourceId(), hit, (a, b) -> (a.score() >= b.score()) ? a : b);
                }
            }
        } catch (DimensionMismatchException | EmbeddingModelMismatchException | EmbeddingUnavailableException ex) {
            throw SearchFailures.translated(ex);
        }
        List<IndexedChunk> merged = best.values().stream()
                .sorted(Comparator.comparingDouble(IndexedChunk::score)
                        .reversed()
                        .thenComparing(IndexedChunk::sourceId))
                .limit(candidates)
                .collect(Collectors.toCollection(ArrayList::new));
        List<IndexedChunk> ranked = rerank(request, merged);
        List<EvidenceHit> hits = ranked.stream()
                .map(c -> new EvidenceHit(c.sourceId(), c.docId(), c.url(), c.chunk(), c.score()))
                .toList();
        String names =
                collections.stream().map(c -> c.collection().spec().name()).collect(Collectors.joining("+"));
        return new SearchResponse(names, collections.get(0).embeddings().modelId(), hits);
    }

    private List<IndexedChunk> rerank(SearchRequest request, List<IndexedChunk> merged) {
        if (reranker.isEmpty()) {
            return merged.stream().limit(request.topK()).toList();
        }
        try {
            return reranker.get().rerank(request.query(), merged, request.topK());
        } catch (VectorServiceUnavailableException ex) {
            log.warn("reranking skipped, answering the merged order: {}", ex.getMessage());
            return merged.stream().limit(request.topK()).toList();
        }
    }
}
