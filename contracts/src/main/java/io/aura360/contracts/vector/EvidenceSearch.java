package io.aura360.contracts.vector;

/**
 * The vector service's search API as agents see it. Implementations search the knowledge base with the
 * request's filters applied inside the search and return at most {@code topK} hits, best first. They never
 * invent a result: when the index cannot answer they throw {@link VectorServiceUnavailableException}.
 */
public interface EvidenceSearch {

	SearchResponse search(SearchRequest request);

}
