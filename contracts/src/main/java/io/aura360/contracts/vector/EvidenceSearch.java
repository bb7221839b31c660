package io.aura360.contracts.vector;

import java.time.Instant;

/**
 * The vector service's search API as agents see it. Implementations search the knowledge base with the
 * request's filters applied inside the search and return at most {@code topK} hits, best first. They never
 * invent a result: when the index cannot answer they throw {@link VectorServiceUnavailableException}.
 */
public interface EvidenceSearch {

    SearchResponse search(SearchRequest request);

    /**
     * The same search for a request that must be answered by {@code deadline}: a remote adapter waits no longer
     * and sends the remaining budget along. In-process searches take milliseconds and need not bound themselves.
     */
    default SearchResponse search(SearchRequest request, Instant deadline) {
        return search(request);
    }
}
