package io.aura360.agents.pipeline;

import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The searches of one advice request. The steps of a pipeline search with the user's own words, so when two steps
 * share their retrieval settings they ask the same question: the second gets the first one's answer instead of a
 * second embedding, keyword and vector search (and, in split mode, a second call to the vector service). Only
 * answers are kept: a search that failed is tried again by the next step that needs it.
 *
 * <p>
 * Not thread-safe: one instance per request, whose steps run one after another.
 */
final class RequestSearches implements EvidenceSearch {

    private final EvidenceSearch search;

    private final Map<SearchRequest, SearchResponse> answered = new HashMap<>();

    RequestSearches(EvidenceSearch search) {
        this.search = search;
    }

    @Override
    public SearchResponse search(SearchRequest request) {
        return answer(request, () -> search.search(request));
    }

    @Override
    public SearchResponse search(SearchRequest request, Instant deadline) {
        return answer(request, () -> search.search(request, deadline));
    }

    private SearchResponse answer(SearchRequest request, Supplier<SearchResponse> searching) {
        SearchResponse earlier = answered.get(request);
        if (earlier != null) {
            return earlier;
        }
        SearchResponse found = searching.get();
        answered.put(request, found);
        return found;
    }
}
