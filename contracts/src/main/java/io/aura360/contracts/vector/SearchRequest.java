package io.aura360.contracts.vector;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code POST /vector/v1/search} body. {@code mode} defaults to hybrid; {@code filters} may be null;
 * {@code group_by} defaults to chunk (with document, {@code top_k} counts documents); {@code context_chunks}
 * (0 to {@value #MAX_CONTEXT_CHUNKS}, default 0) asks for that many neighbouring chunks of the same document on each
 * side of every result.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchRequest(
        String query,
        @JsonProperty("top_k") int topK,
        SearchMode mode,
        SearchFilters filters,
        @JsonProperty("group_by") SearchGrouping groupBy,

        @JsonProperty("context_chunks") @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        Integer contextChunks) {

    public static final int MAX_TOP_K = 100;

    public static final int MAX_CONTEXT_CHUNKS = 2;

    public SearchRequest {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("query must not be blank");
        }
        if (topK < 1 || topK > MAX_TOP_K) {
            throw new IllegalArgumentException("top_k must be between 1 and " + MAX_TOP_K);
        }
        mode = (mode != null) ? mode : SearchMode.HYBRID;
        filters = (filters != null) ? filters : SearchFilters.NONE;
        groupBy = (groupBy != null) ? groupBy : SearchGrouping.CHUNK;
        // A wrapper, so that a body without the field reads as 0 (Jackson refuses a missing primitive).
        contextChunks = (contextChunks != null) ? contextChunks : 0;
        if (contextChunks < 0 || contextChunks > MAX_CONTEXT_CHUNKS) {
            throw new IllegalArgumentException("context_chunks must be between 0 and " + MAX_CONTEXT_CHUNKS);
        }
    }

    public SearchRequest(String query, int topK, SearchMode mode, SearchFilters filters) {
        this(query, topK, mode, filters, SearchGrouping.CHUNK, 0);
    }

    public SearchRequest(String query, int topK, SearchMode mode, SearchFilters filters, SearchGrouping groupBy) {
        this(query, topK, mode, filters, groupBy, 0);
    }

    /** The same search for another number of results (and grouping), without neighbouring chunks. */
    public SearchRequest with(int topK, SearchGrouping groupBy) {
        return new SearchRequest(query, topK, mode, filters, groupBy, 0);
    }
}
