package io.aura360.contracts.vector;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Evidence found for a query, best first, with the collection and model that produced it. */
public record SearchResponse(String collection, @JsonProperty("embedding_model") String embeddingModel,
		List<EvidenceHit> results) {

	public SearchResponse {
		results = List.copyOf(results);
	}

}
