package io.aura360.vector.search;

import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.SearchMode;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.embedding.EmbeddingUnavailableException;
import io.aura360.vector.store.DimensionMismatchException;
import io.aura360.vector.store.EmbeddingModelMismatchException;
import io.aura360.vector.store.IndexedChunk;
import io.aura360.vector.store.KnowledgeCollection;
import java.util.ArrayList;
import java.util.List;

/**
 * Evidence search on one collection of any backend. Filters go inside both searches (the ANN walk only visits
 * matching chunks, so a narrow filter never starves the results); hybrid mode fuses the dense and the keyword
 * rankings with weights chosen per query ({@link AdaptiveFusion}). An embedding model that
 * cannot embed the query makes the search unavailable ({@code EMBEDDING_UNAVAILABLE}), never keyword-only in
 * disguise.
 */
public final class HybridEvidenceSearch implements EvidenceSearch {

    /** Each ranking fetches more candidates than asked for, so fusion has something to reorder. */
    private static final int CANDIDATE_FACTOR = 4;

    private static final int MIN_CANDIDATES = 20;

    private final KnowledgeCollection collection;

    private final EmbeddingProvider embeddings;

    private final HybridFusion fusion;

    public HybridEvidenceSearch(KnowledgeCollection collection, EmbeddingProvider embeddings) {
        this(collection, embeddings, AdaptiveFusion.DEFAULT);
    }

    public HybridEvidenceSearch(KnowledgeCollection collection, EmbeddingProvider embeddings, HybridFusion fusion) {
        this.collection = collection;
        this.embeddings = embeddings;
        this.fusion = fusion;
    }

    @Override
    public SearchResponse search(SearchRequest request) {
        try {
            List<EvidenceHit> hits = rank(request).stream()
                    .map(c -> new EvidenceHit(c.sourceId(), c.docId(), c.url(), c.chunk(), c.score()))
                    .toList();
            return new SearchResponse(collection.spec().name(), embeddings.modelId(), hits);
        } catch (DimensionMismatchException | EmbeddingModelMismatchException | EmbeddingUnavailableException ex) {
            throw SearchFailures.translated(ex);
        }
    }

    /** The ranked chunks with their scores, before they become evidence (merging across collections uses it). */
    List<IndexedChunk> rank(SearchRequest request) {
        List<List<IndexedChunk>> rankings = rankings(request);
        if (rankings.size() == 1) {
            return rankings.get(0).stream().limit(request.topK()).toList();
        }
        FusionEvidence evidence =
                FusionEvidence.of(request.query(), request.filters().locale());
        return fusion.fuse(rankings.get(0), rankings.get(1), evidence, request.topK());
    }

    /** The rankings a request fuses: dense first, then keyword (only the one its mode asks for when not hybrid). */
    List<List<IndexedChunk>> rankings(SearchRequest request) {
        int candidates = Math.max(request.topK() * CANDIDATE_FACTOR, MIN_CANDIDATES);
        List<List<IndexedChunk>> rankings = new ArrayList<>();
        if (request.mode() != SearchMode.BM25) {
            requireSameModel();
            float[] vector = collection.requireDimension(embeddings.embedQuery(request.query()));
            rankings.add(collection.dense(vector, request.filters(), candidates));
        }
        if (request.mode() != SearchMode.DENSE) {
            rankings.add(collection.keyword(request.query(), request.filters(), candidates));
        }
        return rankings;
    }

    KnowledgeCollection collection() {
        return collection;
    }

    EmbeddingProvider embeddings() {
        return embeddings;
    }

    /** Same length is not enough: vectors of two models are not comparable. */
    private void requireSameModel() {
        String stored = collection.spec().modelId();
        if (!stored.equals(embeddings.modelId()) && collection.spec().dimension() == embeddings.dimension()) {
            throw new EmbeddingModelMismatchException(
                    "collection " + collection.spec().name() + " holds vectors of model " + stored
                            + ", but queries are embedded with " + embeddings.modelId());
        }
    }
}
