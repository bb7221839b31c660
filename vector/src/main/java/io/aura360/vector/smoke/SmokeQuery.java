package io.aura360.vector.smoke;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aura360.contracts.vector.SearchFilters;
import io.aura360.contracts.vector.SearchMode;
import io.aura360.contracts.vector.SearchRequest;
import java.util.List;

/** A known query and the documents it must find within its {@code top_k} results. */
public record SmokeQuery(
        String query,
        @JsonProperty("top_k") Integer topK,
        SearchMode mode,
        SearchFilters filters,
        List<String> expect) {

    public SmokeQuery {
        topK = (topK == null) ? 5 : topK;
        if (expect == null || expect.isEmpty()) {
            throw new IllegalArgumentException("smoke query '" + query + "' expects no document");
        }
        expect = List.copyOf(expect);
    }

    SearchRequest request() {
        return new SearchRequest(query, topK, mode, filters);
    }
}
