package io.aura360.contracts.vector;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Evidence found for a query, best first, with the collection and model that produced it. */
public record SearchResponse(
        String collection, @JsonProperty("embedding_model") String embeddingModel, List<EvidenceHit> results) {

    public SearchResponse {
        results = List.copyOf(results);
    }
}
