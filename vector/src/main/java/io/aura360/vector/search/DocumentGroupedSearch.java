package io.aura360.vector.search;

import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.SearchGrouping;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code group_by=document}: the chunks of one document collapse into one result. The document scores its best
 * chunk's fused score (max, the aggregation the retrieval evaluation uses: crediting a second matching chunk lost
 * nDCG@10 on every dev set, docs/retrieval-quality.md), the best chunk is the result's text and
 * {@code matched_chunks} lists every chunk of it that ranked. Chunk requests pass through untouched.
 */
public final class DocumentGroupedSearch implements EvidenceSearch {

    /** Chunks fetched per document asked for, so that a few long documents do not leave top_k unfilled. */
    static final int CHUNKS_PER_DOCUMENT = 4;

    private final EvidenceSearch chunks;

    public DocumentGroupedSearch(EvidenceSearch chunks) {
        this.chunks = chunks;
    }

    @Override
    public SearchResponse search(SearchRequest request) {
        if (request.groupBy() == SearchGrouping.CHUNK) {
            return chunks.search(request);
        }
        // top_k is at most MAX_TOP_K, so the wider fetch never asks for fewer chunks than documents.
        int wider = Math.min(request.topK() * CHUNKS_PER_DOCUMENT, SearchRequest.MAX_TOP_K);
        SearchResponse ranked = chunks.search(request.with(wider, SearchGrouping.CHUNK));
        return new SearchResponse(
                ranked.collection(), ranked.embeddingModel(), collapse(ranked.results(), request.topK()));
    }

    /** Hits come best first, so the first chunk seen of a document is its best (its max). */
    static List<EvidenceHit> collapse(List<EvidenceHit> hits, int topK) {
        Map<String, List<EvidenceHit>> byDocument = new LinkedHashMap<>();
        for (EvidenceHit hit : hits) {
            byDocument.computeIfAbsent(hit.docId(), id -> new ArrayList<>()).add(hit);
        }
        return byDocument.values().stream()
                .limit(topK)
                .map(DocumentGroupedSearch::asDocument)
                .toList();
    }

    private static EvidenceHit asDocument(List<EvidenceHit> chunksOfOne) {
        EvidenceHit best = chunksOfOne.get(0);
        List<String> matched = chunksOfOne.stream().map(EvidenceHit::sourceId).toList();
        return new EvidenceHit(best.sourceId(), best.docId(), best.url(), best.chunk(), best.score(), matched);
    }
}
