package io.aura360.contracts.vector;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST /vector/v1/search} body. {@code mode} defaults to hybrid; {@code filters} may be null. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchRequest(
        String query, @JsonProperty("top_k") int topK, SearchMode mode, SearchFilters filters) {

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
    }
}
