package io.aura360.contracts.vector;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Filters applied inside the search (never after it). A null field does not filter. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchFilters(
        String category,
        String locale,
        @JsonProperty("min_confidence") Double minConfidence,
        @JsonProperty("source_type") String sourceType) {

    public static final SearchFilters NONE = new SearchFilters(null, null, null, null);
}
