package io.aura360.contracts.agents;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aura360.contracts.vector.EvidenceHit;
import java.util.List;
import java.util.Map;

/** One search an agent made: where, with which model and filters, and what came back. */
public record VectorQueryRecord(
        @JsonProperty("collection_name") String collectionName,
        @JsonProperty("embedding_model") String embeddingModel,
        @JsonProperty("top_k") int topK,
        Map<String, Object> filters,
        List<EvidenceHit> results) {

    public VectorQueryRecord {
        filters = Map.copyOf(filters);
        results = List.copyOf(results);
    }
}
