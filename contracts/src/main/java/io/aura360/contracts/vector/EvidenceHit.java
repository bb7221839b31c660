package io.aura360.contracts.vector;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One retrieved chunk. {@code docId} is the document's own id (front matter {@code id});
 * {@code sourceId} names this chunk of it and is what advice cites.
 */
public record EvidenceHit(
        @JsonProperty("source_id") String sourceId,
        @JsonProperty("doc_id") String docId,
        String url,
        String chunk,
        double score) {}
