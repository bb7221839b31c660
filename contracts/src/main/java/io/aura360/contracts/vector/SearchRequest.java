package io.aura360.contracts.vector;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code POST /vector/v1/search} body. {@code mode} defaults to hybrid; {@code filters} may be null;
 * {@code group_by} defaults to chunk (with document, {@code top_k} counts documents).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchRequest(
        String query,
        @JsonProperty("top_k") int topK,
        SearchMode mode,
        SearchFilters filters,
        @JsonProperty("group_by") SearchGrouping groupBy) {

    public static final int MAX_TOP_K = 100;

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
    }

    public SearchRequest(String query, int topK, SearchMode mode, SearchFilters filters) {
        this(query, topK, mode, filters, SearchGrouping.CHUNK);
    }

    /** The same search for another number of results (and grouping). */
    public SearchRequest with(int topK, SearchGrouping groupBy) {
        return new SearchRequest(query, topK, mode, filters, groupBy);
    }
}
