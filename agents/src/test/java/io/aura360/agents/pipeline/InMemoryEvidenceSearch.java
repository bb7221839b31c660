package io.aura360.agents.pipeline;

import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.SearchFilters;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An {@link EvidenceSearch} over a list of labelled chunks held in memory. A chunk is a candidate when it shares
 * a term (four letters or more) with the query, as a lexical index would; its stored score is its relevance. The
 * request's filters are applied inside the search, results come best first and never exceed {@code top_k}. Every
 * request is recorded, and the index can be switched off to answer like an unreachable vector service.
 */
final class InMemoryEvidenceSearch implements EvidenceSearch {

    static final String COLLECTION = "aura360-knowledge-test";

    static final String EMBEDDING_MODEL = "in-memory-lexical/1";

    private final List<LabelledChunk> chunks = new ArrayList<>();

    private final List<SearchRequest> requests = new ArrayList<>();

    private boolean down;

    InMemoryEvidenceSearch add(String category, String locale, EvidenceHit hit) {
        chunks.add(new LabelledChunk(hit, category, locale, "article"));
        return this;
    }

    InMemoryEvidenceSearch add(String category, String locale, String sourceType, EvidenceHit hit) {
        chunks.add(new LabelledChunk(hit, category, locale, sourceType));
        return this;
    }

    void goDown() {
        down = true;
    }

    void comeBack() {
        down = false;
    }

    List<SearchRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public SearchResponse search(SearchRequest request) {
        requests.add(request);
        if (down) {
            throw new VectorServiceUnavailableException("in-memory index switched off", null);
        }
        Set<String> queryTerms = terms(request.query());
        SearchFilters filters = request.filters();
        List<EvidenceHit> results = chunks.stream()
                .filter(chunk -> chunk.accepts(filters))
                .map(LabelledChunk::hit)
                .filter(hit -> terms(hit.chunk()).stream().anyMatch(queryTerms::contains))
                .sorted(Comparator.comparingDouble(EvidenceHit::score).reversed())
                .limit(request.topK())
                .toList();
        return new SearchResponse(COLLECTION, EMBEDDING_MODEL, results);
    }

    static Set<String> terms(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(term -> term.length() >= 4)
                .collect(Collectors.toSet());
    }

    private record LabelledChunk(EvidenceHit hit, String category, String locale, String sourceType) {

        boolean accepts(SearchFilters filters) {
            return (filters.category() == null || filters.category().equals(category))
                    && (filters.locale() == null || filters.locale().equals(locale))
                    && (filters.minConfidence() == null || hit.score() >= filters.minConfidence())
                    && (filters.sourceType() == null || filters.sourceType().equals(sourceType));
        }
    }
}
